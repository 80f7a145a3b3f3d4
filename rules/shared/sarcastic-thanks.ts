/**
 * Thanks for the recipient's silence, which are no thanks and a jab at the process: "thanks for
 * the radio silence", "thank you for the six weeks of complete silence". Compromise match
 * patterns, shared by gratitude (no thanks) and negative-remarks (a remark).
 */
export const thanksForSilence = [
  '(thanks|thank you) (a lot|a bunch|a million|a ton|so much)? for the radio? silence',
  '(thanks|thank you) (a lot|a bunch|a million|a ton|so much)? for the (few|many|long|#Value)? (days|weeks|months) of (complete|total|utter|deafening|stony)? radio? silence'
]
