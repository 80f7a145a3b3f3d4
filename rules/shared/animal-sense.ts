/** After "bitch": a female dog in a vet's words ("the bitch spay", "a bitch in season"), not an insult. */
export const femaleDog = /^\s+(?:spay\w*|spey\w*|neuter\w*|pups?|puppies|litters?|whelp\w*|in\s+season)\b/i
