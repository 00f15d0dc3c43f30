/** A valid application for the demo item 失业人员再就业证补办 (seed 000's Wang Shibi). */
export const REEMPLOYMENT_APPLICATION = {
  itemCode: 'JJ-RS-001',
  applicantName: '王仕碧',
  formData: {
    applicantName: '王仕碧',
    idNumber: '510104196003152846',
    phone: '13980012345',
    address: '成都市锦江区青石桥南街',
    reason: '遗失',
  },
  materials: ['id-card', 'loss-statement'],
} as const;

/** A valid application for the demo item 失业保险金申领 (a district item, 区人社局): the one carried up from a village. */
export const UNEMPLOYMENT_BENEFIT_APPLICATION = {
  itemCode: 'JJ-RS-003',
  applicantName: '刘桂兰',
  formData: {
    applicantName: '刘桂兰',
    idNumber: '510104197502113326',
    phone: '13980056789',
    lastEmployer: '成都春熙百货有限公司',
    separationDate: '2026-08-31',
    separationReason: '劳动合同期满终止',
    contributionMonths: 96,
    jobSeeking: true,
    bankAccount: '6217003810012345678',
  },
  materials: ['id-card', 'separation-proof'],
} as const;
