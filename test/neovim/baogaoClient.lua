-- Neovim as a real LSP client of baogao-language-server (Neovim 0.7+ API: start_client and
-- buf_attach_client). Opens a report, waits for diagnostics, asks for document symbols and writes
-- what Neovim received to $BAOGAO_OUT as JSON, then quits.
local server = vim.env.BAOGAO_SERVER
local out = vim.env.BAOGAO_OUT
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.BAOGAO_FILE))
local bufnr = vim.api.nvim_get_current_buf()
vim.api.nvim_buf_set_option(bufnr, 'filetype', 'baogao')

local client_id = vim.lsp.start_client({
  name = 'baogao',
  cmd = { server },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(bufnr, client_id)

local result = { diagnostics = {}, symbols = vim.NIL, error = vim.NIL }
local got = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
if not got then result.error = 'no diagnostics within 20 s' end

for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
  table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, code = code, message = d.message, source = d.source, severity = d.severity })
end

local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, 20000)
for _, r in pairs(responses or {}) do
  if r.result then result.symbols = r.result end
  if r.err then result.error = vim.inspect(r.err) end
end

vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qa!')
