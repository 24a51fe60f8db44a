// What websites and downloaded templates leave in a report. Data, not code: each entry is a
// regular expression matched against one line; users add their own with baogao.residue.patterns
// (or "residue": {"patterns": [...]} in .baogaorc.json).

export const DEFAULT_RESIDUE_PATTERNS: string[] = [
  // Copy-protection and distribution notes of 范文 sites.
  '仅供学习|仅供参考学习|禁止外传|用后删除|严禁外传|请勿外传|内部交流使用',
  // "…整理，咨询QQ206157060", QQ and WeChat numbers, groups.
  '整理[，,]\\s*咨询|咨询\\s*(?:QQ|qq|微信)',
  '(?:QQ|qq|Q群|微信|VX|vx|wx|V信)\\s*(?:号|群)?\\s*[:：]?\\s*[A-Za-z0-9_-]{5,}',
  '会员群|免费\\s*QQ\\s*群|QQ\\s*交流群|[加进]\\s*(?:QQ|qq|微信)?群(?:号|聊)',
  '会员资料|会员材料|成为会员|开通会员|订阅立享|举报倒卖|打击倒卖',
  // Source and copyright lines.
  '本文来源|文章来源|来源于网络|来自网络|转载请注明|转载请保留|原文链接|原文地址',
  '版权声明|版权归.{0,12}所有|文章版权|著作权归',
  '下面是小编|小编为大家|小编整理|小编精心|小编收集|以下是.{0,10}(?:为大家|为您)(?:整理|收集|精心)',
  '欢迎下载|免费下载|点击下载|下载地址|可编辑版|word版本?下载|文档下载',
  '关注公众号|微信公众号|扫码关注|扫描二维码|长按识别',
  // URLs of 范文 and document-sharing sites.
  '(?:wenku|docin|doc88|360doc|taodocs|book118|renrendoc|fanwen|wenmi|1mishu|mishu|xiexiebang|ruiwen|oh100|unjs|cnfla|xuexila|gkstk|jy135|wenshubang|diyifanwen|fwsir|zuowen|yuwenmi)\\.[a-z]{2,}',
  // Advertising in 【…】.
  '【[^】]{0,30}(?:会员|下载|QQ|微信|公众号|倒卖|订阅|广告|推广|精品|原创|资料)[^】]{0,30}】',
];
