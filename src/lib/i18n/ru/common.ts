import type { Messages } from '../en/index.ts';

/** Слова, общие для всех инструментов. */
export const common = {
  clearSavedData: 'Очистить сохранённые данные',
  keepIt: 'Оставить',
  copy: 'Копировать',
  copied: 'Скопировано.',
  copyFailed: 'Скопировать не удалось: выделите текст и скопируйте его сами.',
  copyAnyway: 'Всё равно скопировать',
  cancel: 'Отмена',
  resetToGenerated: 'Вернуть сгенерированный текст',
  editedByYou: 'Изменено вами: правки в форме больше не меняют этот текст.',
  tryExample: 'Попробовать на примере',
  dropFile: 'Или перетащите файл сюда.',
  dropFiles: 'Или перетащите файлы сюда.',
  takenFrom: 'Источник: {tool}',
  sendingAs: 'Отправитель: {company}',
  edit: 'Изменить',
} as const satisfies Messages['common'];
