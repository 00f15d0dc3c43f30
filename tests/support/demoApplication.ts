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
