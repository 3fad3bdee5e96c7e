-- Drives Debian's Neovim (0.7+) headless as a real LSP client of `node dist/server.js --stdio` and writes what
-- Neovim itself received to a JSON file. Arguments come in globals set with -c before this file is sourced:
--   wr_server (path of dist/server.js), wr_root (workspace folder), wr_file (report to open), wr_out (result file).
local out = { steps = {} }
local function finish(err)
  if err then out.error = err end
  local okEncode, json = pcall(vim.fn.json_encode, out)
  if not okEncode then json = vim.fn.json_encode({ error = 'could not encode the result: ' .. tostring(json) }) end
  local f = io.open(vim.g.wr_out, 'w')
  f:write(json)
  f:close()
  vim.cmd(err and 'cquit! 1' or 'qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.g.wr_file))
  local bufnr = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'work-report',
    cmd = { 'node', vim.g.wr_server, '--stdio' },
    root_dir = vim.g.wr_root,
  })
  assert(id, 'the server did not start')
  assert(vim.lsp.buf_attach_client(bufnr, id), 'could not attach')
  local client = vim.lsp.get_client_by_id(id)
  assert(vim.wait(10000, function() return client.initialized end, 20), 'initialize timed out')
  out.capabilities = { diagnosticProvider = client.server_capabilities.diagnosticProvider ~= nil }
  out.uri = vim.uri_from_bufnr(bufnr)

  -- Diagnostics, pushed by the server since Neovim 0.7 cannot pull.
  assert(vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20), 'no diagnostics arrived')
  local function diagnostics()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
      table.insert(list, { lnum = d.lnum, col = d.col, code = lsp.code or d.code, message = d.message,
        text_at = vim.fn.strcharpart(string.sub(line, d.col + 1), 0, 12), lsp = lsp })
    end
    table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    return list
  end
  out.diagnostics = diagnostics()

  local params = { textDocument = { uri = out.uri } }
  local symbols = client.request_sync('textDocument/documentSymbol', params, 5000, bufnr)
  out.symbols = symbols and symbols.result or vim.NIL

  local ws = client.request_sync('workspace/symbol', { query = '' }, 10000, bufnr)
  out.workspaceSymbols = ws and ws.result or vim.NIL

  -- Completion at the end of the document, on a new empty line.
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '' })
  local comp = client.request_sync('textDocument/completion', { textDocument = { uri = out.uri }, position = { line = last, character = 0 } }, 5000, bufnr)
  out.completion = comp and comp.result or vim.NIL
  vim.api.nvim_buf_set_lines(bufnr, last, last + 1, false, {})

  -- The quick fix of the repeated paragraph, applied through Neovim's own workspace-edit code.
  local target
  for _, d in ipairs(out.diagnostics) do if d.code == 'repeat.paragraph' then target = d break end end
  assert(target, 'no repeat.paragraph diagnostic')
  -- As vim.lsp.buf.code_action() does in 0.7: the line's diagnostics converted back to LSP by Neovim itself.
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum)
  out.sentDiagnostics = line_diagnostics
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = out.uri },
    range = { start = { line = target.lnum, character = 0 }, ['end'] = { line = target.lnum, character = 0 } },
    context = { diagnostics = line_diagnostics },
  }, 5000, bufnr)
  out.actions = {}
  local chosen
  for _, a in ipairs(actions.result or {}) do
    table.insert(out.actions, { title = a.title, command = a.command and a.command.command or vim.NIL })
    if a.edit and not chosen then chosen = a end
  end
  local before = vim.api.nvim_buf_line_count(bufnr)
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  out.applied = { title = chosen.title, linesBefore = before, linesAfter = vim.api.nvim_buf_line_count(bufnr) }
  -- The server republishes for the edited text: the repeat is gone.
  local gone = vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      if (lsp.code or d.code) == 'repeat.paragraph' then return false end
    end
    return true
  end, 20)
  out.afterEdit = { repeatGone = gone, count = #vim.diagnostic.get(bufnr) }
  vim.lsp.stop_client(id)
end)
finish(not ok and tostring(err) or nil)
