/** A command on a whole case. */
export type CaseAction = 'stop' | 'resume' | 'extend' | 'terminate' | 'withdraw' | 'conclude' | 'deliver';

/** Clock stop kinds (补正 and the Art. 45 special procedures). */
export const STOP_KINDS: Readonly<Record<string, string>> = {
  supplement: '补正材料',
  hearing: '听证',
  tendering: '招标',
  auction: '拍卖',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expertReview: '专家评审',
};

/** How a result is handed over (送达 / 领取). */
export const DELIVERY_METHODS = ['窗口领取', '邮寄送达', '电子送达'];
