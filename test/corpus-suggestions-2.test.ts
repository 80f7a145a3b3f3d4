import {describeCorpusSuggestions} from './helpers/corpus-suggestions.js'

describeCorpusSuggestions(1)
