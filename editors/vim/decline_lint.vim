" decline-lint for ALE (https://github.com/dense-analysis/ale): checks text, Markdown and mail
" buffers as you type. The buffer goes to decline-lint through stdin, named by its path, so the
" path's ending picks the format (.txt, .md, .eml) and the .declinelintrc found from the file's
" folder applies. Source this file from your vimrc after ALE is loaded (`packadd ale`).

" decline-lint counts columns in UTF-16 code units (like LSP and ESLint); Vim counts bytes.
" Convert, so that a finding after "Søren" or an emoji lands under the right word.
function! DeclineLintByteColumn(line, column) abort
    let l:units = 0
    let l:bytes = 0
    for l:char in str2list(a:line)
        if l:units >= a:column - 1
            break
        endif
        let l:units += l:char > 0xFFFF ? 2 : 1
        let l:bytes += len(nr2char(l:char))
    endfor
    return l:bytes + 1
endfunction

" Read `path:line:column: severity message [rule-id]` (decline-lint --format unix).
function! DeclineLintHandle(buffer, lines) abort
    let l:pattern = '\v^.{-}:(\d+):(\d+): (error|warning) (.{-})( \[([a-z-]+)\])?$'
    let l:items = []
    for l:match in ale#util#GetMatches(a:lines, l:pattern)
        let l:lnum = str2nr(l:match[1])
        let l:line = get(getbufline(a:buffer, l:lnum), 0, '')
        let l:item = {
        \   'lnum': l:lnum,
        \   'col': DeclineLintByteColumn(l:line, str2nr(l:match[2])),
        \   'type': l:match[3] is# 'error' ? 'E' : 'W',
        \   'text': l:match[4],
        \}
        if !empty(l:match[6])
            let l:item.code = l:match[6]
        endif
        call add(l:items, l:item)
    endfor
    return l:items
endfunction

for s:filetype in ['text', 'markdown', 'mail']
    call ale#linter#Define(s:filetype, {
    \   'name': 'decline_lint',
    \   'executable': get(g:, 'decline_lint_executable', 'decline-lint'),
    \   'command': '%e --stdin --stdin-filename %s --format unix',
    \   'callback': 'DeclineLintHandle',
    \})
endfor
