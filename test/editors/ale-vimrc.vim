" Vim with ALE from Debian's vim-ale, and decline-lint's linter definition from editors/vim/,
" as a user's vimrc would set them up. RecordAle() lints the buffer and writes ALE's location
" list to $DECLINE_LINT_OUT as JSON.
set nocompatible
packadd ale
filetype plugin on
let g:ale_linters_explicit = 1
let g:ale_linters = {'text': ['decline_lint'], 'markdown': ['decline_lint'], 'mail': ['decline_lint']}
let g:ale_set_lists_synchronously = 1
let g:ale_set_loclist = 1
execute 'source' fnameescape($DECLINE_LINT_VIM)

function! RecordAle() abort
    ALELint
    let l:waited = 0
    while (l:waited < 5 || ale#engine#IsCheckingBuffer(bufnr(''))) && l:waited < 150
        sleep 100m
        let l:waited += 1
    endwhile
    let l:list = map(getloclist(0), {_, item -> {'lnum': item.lnum, 'col': item.col, 'type': item.type, 'text': item.text}})
    call writefile([json_encode({'filetype': &filetype, 'loclist': l:list})], $DECLINE_LINT_OUT)
    qall!
endfunction
