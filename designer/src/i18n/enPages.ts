/** English texts of the pages beyond the shell's (`EN`), keyed by their Chinese text. */
export const EN_PAGES: Readonly<Record<string, string>> = {
  功能导航: 'Navigation',
  '您的账号暂无可用的功能页面。': 'Your account has no pages available.',
  '页面出错了：{reason}。请刷新页面重试。': 'The page failed: {reason}. Please reload and try again.',
  '无法连接服务器，请检查网络': 'Cannot reach the server; please check the network',
  '请求失败（{status}）': 'Request failed ({status})',
  '上传失败（{status}）': 'Upload failed ({status})',
  服务器没有保存任何文件: 'The server stored no file',
  '缺少：{name}': 'Missing: {name}',
  '{where}：{message}': '{where}: {message}',
  '{name}（{department}，承诺 {n} 个工作日）': '{name} ({department}, promised {n} working days)',
  '办理流程（关键路径 {n} 个工作日）': 'Process (critical path {n} working days)',
  时限: 'Limit',
  答复: 'Answered',
  '本单位不是该事项的办理层级，请报送上级单位办理。':
    'This unit does not handle this item at its level: forward it to the unit above that does.',
  '每 30 秒自动刷新': 'Refreshes every 30 s',
  '依据：{basis}': 'Basis: {basis}',
  '该申请现由 {place} 办理，本窗口可继续查看其流转记录。':
    'This application is now handled by {place}; this window can still follow its path.',
};
