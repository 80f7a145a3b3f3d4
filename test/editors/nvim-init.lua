-- Neovim's own LSP client attaches `decline-lint --lsp` to the draft given on the command line,
-- as a user's config would; this file then records what Neovim shows, applies the first quick
-- fix the way a user picks it from the menu, saves, and quits. The test reads the result file.
local bin, out = os.getenv('DECLINE_LINT_BIN'), os.getenv('DECLINE_LINT_OUT')

local function finish(result)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local function attach(bufnr)
  local config = {name = 'decline-lint', cmd = {'node', bin, '--lsp'}, root_dir = vim.fn.getcwd()}
  if vim.lsp.start then return vim.lsp.start(config) end
  -- Neovim 0.7 (Debian 12) has no vim.lsp.start yet: the two calls it wraps.
  local client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
  return client_id
end

local function shown(bufnr)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code or lsp.code, message = d.message,
    })
  end
  table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return diagnostics
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  attach(bufnr)
  if not vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    return finish({error = 'no diagnostics within 15 s'})
  end
  local diagnostics = shown(bufnr)
  local first = diagnostics[1]
  vim.api.nvim_win_set_cursor(0, {first.lnum + 1, first.col})
  local title
  vim.ui.select = function(items, _, on_choice)
    local item = items[1]
    title = (item.action or item[2]).title
    on_choice(item, 1)
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf.code_action({only = {'quickfix'}})
  if not vim.wait(10000, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 50) then
    return finish({error = 'the first quick fix changed nothing', diagnostics = diagnostics})
  end
  vim.cmd('write')
  finish({diagnostics = diagnostics, applied = title})
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then finish({error = tostring(err)}) end
  end,
})
