import { describe, expect, it } from 'vitest';
import {
  describeToleration,
  isPreset,
  matchesEveryTaint,
  presetText,
  readToleration,
  secondsCellState,
  TOLERATION_PRESETS,
  valueCellState,
  type TolerationFields,
} from './tolerationsModel';

const t = (value: Record<string, unknown>): TolerationFields => {
  const read = readToleration(value);
  if (!read) throw new Error('not a mapping');
  return read;
};

describe('readToleration', () => {
  it('reads fields as text and seconds as written, snake_case too', () => {
    expect(readToleration({ key: 'a', operator: 'Exists', toleration_seconds: 30 })).toEqual({
      key: 'a',
      operator: 'Exists',
      value: '',
      effect: '',
      seconds: 30,
    });
    expect(readToleration(['a'])).toBeNull();
    expect(readToleration('gpu')).toBeNull();
  });
});

describe('cells', () => {
  it('disables value for Exists unless one is written', () => {
    expect(valueCellState(t({ key: 'a' }))).toBe('edit');
    expect(valueCellState(t({ key: 'a', operator: 'Exists' }))).toBe('not-used');
    expect(valueCellState(t({ key: 'a', operator: 'Exists', value: 'x' }))).toBe('remove');
  });
  it('offers seconds with NoExecute only, but shows written ones so they can be removed', () => {
    expect(secondsCellState(t({ effect: 'NoExecute' }))).toBe('edit');
    expect(secondsCellState(t({ effect: 'NoSchedule' }))).toBe('hidden');
    expect(secondsCellState(t({ effect: 'NoSchedule', tolerationSeconds: 5 }))).toBe('remove');
    expect(secondsCellState(t({ tolerationSeconds: 5 }))).toBe('remove');
  });
});

describe('describeToleration', () => {
  it('says when a toleration matches every taint', () => {
    expect(matchesEveryTaint(t({ operator: 'Exists' }))).toBe(true);
    expect(matchesEveryTaint(t({ key: '', operator: 'Exists', effect: 'NoExecute' }))).toBe(true);
    expect(matchesEveryTaint(t({ key: 'a', operator: 'Exists' }))).toBe(false);
    expect(describeToleration(t({ operator: 'Exists' }))).toBe(
      'Tolerates every taint, whatever its key and value, all effects',
    );
    expect(describeToleration(t({ operator: 'Exists', effect: 'NoSchedule' }))).toBe(
      'Tolerates every NoSchedule taint, whatever its key and value',
    );
  });
  it('describes keyed tolerations', () => {
    expect(describeToleration(t({ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }))).toBe(
      'Tolerates nvidia.com/gpu taints with any value, effect NoSchedule',
    );
    expect(describeToleration(t({ key: 'spot', value: 'true' }))).toBe(
      'Tolerates spot=true taints, all effects',
    );
    expect(
      describeToleration(t({ key: 'n', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 })),
    ).toBe('Tolerates n taints with any value, effect NoExecute; leaves 60 s after such a taint appears');
    expect(describeToleration(t({ key: 'n', operator: 'Exists', effect: 'NoExecute' }))).toContain(
      'stays for good',
    );
    expect(describeToleration(t({ value: 'x' }))).toContain('needs a key');
  });
});

describe('presets', () => {
  it('have unique ids and readable text', () => {
    expect(new Set(TOLERATION_PRESETS.map((p) => p.id)).size).toBe(TOLERATION_PRESETS.length);
    const gpu = TOLERATION_PRESETS.find((p) => p.id === 'gpu');
    expect(gpu && presetText(gpu)).toBe('nvidia.com/gpu Exists:NoSchedule');
    const all = TOLERATION_PRESETS.find((p) => p.id === 'everything');
    expect(all && presetText(all)).toBe('(any key) Exists (all effects)');
    expect(all?.broad).toBe(true);
  });
});

describe('isPreset', () => {
  it('finds a preset already in the list, whatever the operator spelling', () => {
    const gpu = TOLERATION_PRESETS.find((p) => p.id === 'gpu');
    const spot = TOLERATION_PRESETS.find((p) => p.id === 'gke-spot');
    if (!gpu || !spot) throw new Error('presets');
    expect(isPreset(t({ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }), gpu)).toBe(true);
    expect(isPreset(t({ key: 'nvidia.com/gpu', operator: 'Exists' }), gpu)).toBe(false);
    expect(isPreset(t({ key: 'cloud.google.com/gke-spot', value: 'true', effect: 'NoSchedule' }), spot)).toBe(
      true,
    );
  });
});
