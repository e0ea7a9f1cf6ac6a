/** Words every tool uses (English). */
export const common = {
  clearSavedData: 'Clear saved data',
  keepIt: 'Keep it',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Copying failed: select the text and copy it yourself.',
  copyAnyway: 'Copy anyway',
  cancel: 'Cancel',
  resetToGenerated: 'Reset to generated',
  editedByYou: 'Edited by you: changes to the form no longer update this text.',
  tryExample: 'Try an example',
  dropFile: 'Or drop a file here.',
  dropFiles: 'Or drop files here.',
  /** Where a tool says it took a value from another tool. */
  takenFrom: 'From {tool}',
  sendingAs: 'Sending as {company}',
  edit: 'Edit',
} as const;
