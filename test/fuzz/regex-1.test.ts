import {describeRegexCheck} from './regex-check.js'

await describeRegexCheck(0)
