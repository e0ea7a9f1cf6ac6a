import type { Messages } from '../en/index.ts';

/** كلمات تستخدمها كل الأدوات. */
export const common = {
  clearSavedData: 'مسح البيانات المحفوظة',
  keepIt: 'أبقِها',
  copy: 'نسخ',
  copied: 'تم النسخ.',
  copyFailed: 'تعذّر النسخ: حدّد النص وانسخه بنفسك.',
  copyAnyway: 'انسخ على أي حال',
  cancel: 'إلغاء',
  resetToGenerated: 'استعادة النص المُنشأ',
  editedByYou: 'عدّلتَه بنفسك: لم تعد تغييرات النموذج تحدّث هذا النص.',
  tryExample: 'جرّب مثالًا',
  dropFile: 'أو أفلِت ملفًا هنا.',
  dropFiles: 'أو أفلِت الملفات هنا.',
  takenFrom: 'المصدر: {tool}',
  sendingAs: 'المرسِل: {company}',
  edit: 'تعديل',
} as const satisfies Messages['common'];
