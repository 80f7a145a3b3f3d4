import {describeRegexCheck} from './regex-check.js'

describeRegexCheck(0)
