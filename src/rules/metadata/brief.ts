/** Drops the examples part of one Kubernetes message, e.g. " (e.g. 'MyName', … regex used … is '…')". */
function withoutExamples(message: string): string {
  const start = message.search(/,? \((e\.g\. |regex used for validation)/);
  if (start < 0) return message;
  const regexEnd = message.lastIndexOf("')");
  const end =
    message.includes('regex used for validation') && regexEnd > start
      ? regexEnd + 2
      : message.indexOf(')', start) + 1;
  return end > start ? message.slice(0, start) + message.slice(end) : message;
}

/**
 * Joins Kubernetes validation messages for display, without their examples and regular
 * expressions: our messages give an example of their own.
 */
export function brief(errors: readonly string[]): string {
  return errors.map(withoutExamples).join('; ');
}
