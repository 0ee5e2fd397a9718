import '@spbe/elements';
import type { SpbeRegionSelect } from '@spbe/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { type Behaviour, sampleClient } from './sample-api.js';

interface Args {
  level: '' | 'province' | 'regency' | 'district' | 'village';
  parent: string;
  value: string;
  label: string;
  placeholder: string;
  required: boolean;
  disabled: boolean;
  lang: 'id' | 'en';
  theme: '' | 'light' | 'dark';
  /** How the sample API behaves (the stories' client, not an attribute). */
  api: Behaviour;
}

/**
 * `<spbe-region-select>` over West Java's real regions (the stories' sample API
 * answers from @spbe/data's files; no server needed). Type a name, a typo or a
 * short name ("jabar", "kab bdg", "cibiru").
 */
const meta: Meta<Args> = {
  title: 'Elements/Region select',
  component: 'spbe-region-select',
  args: {
    level: 'regency',
    parent: '32',
    value: '',
    label: 'Kabupaten/kota',
    placeholder: '',
    required: false,
    disabled: false,
    lang: 'id',
    theme: '',
    api: 'ok',
  },
  argTypes: {
    api: { control: 'select', options: ['ok', 'slow', 'never', 'down', 'broken', 'stale'] },
    level: { control: 'select', options: ['', 'province', 'regency', 'district', 'village'] },
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) =>
    html`<div style="max-width: 28rem; min-height: 24rem">
      <spbe-region-select
        level=${args.level || nothing}
        parent=${args.parent}
        value=${args.value || nothing}
        label=${args.label || nothing}
        placeholder=${args.placeholder || nothing}
        ?required=${args.required}
        ?disabled=${args.disabled}
        lang=${args.lang}
        theme=${args.theme || nothing}
        .client=${sampleClient(args.api)}
      ></spbe-region-select>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithValue: Story = { args: { value: '32.73' } };
export const DistrictsOfKotaBandung: Story = {
  args: { level: 'district', parent: '32.73', label: 'Kecamatan' },
};
export const VillagesOfKotaBandung: Story = {
  args: { level: 'village', parent: '32.73', label: 'Kelurahan' },
};
/** 5,957 villages: the list renders only the rows in view. */
export const AllVillagesOfWestJava: Story = {
  args: { level: 'village', parent: '32', label: 'Desa/kelurahan' },
};
export const English: Story = { args: { lang: 'en', label: 'Regency or city', value: '32.05' } };
export const Dark: Story = { args: { theme: 'dark', value: '32.73' } };
export const Disabled: Story = { args: { disabled: true, value: '32.73' } };
export const Loading: Story = { args: { api: 'never' } };
export const ServerDown: Story = { args: { api: 'down' } };
export const BrokenAnswer: Story = { args: { api: 'broken' } };
export const MalformedValue: Story = { args: { value: '32-73' } };
export const ValueOutsideScope: Story = { args: { value: '33.74' } };
export const UnknownParent: Story = { args: { level: 'district', parent: '32.99' } };
export const WaitingForParent: Story = {
  args: { level: 'district', parent: '', label: 'Kecamatan' },
};

/** Required, after a submit with nothing chosen: the message shows under the box. */
export const RequiredAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SpbeRegionSelect>('spbe-region-select');
    await el?.updateComplete;
    el?.reportValidity();
  },
};

/** Province → regency → district → village, each select's `parent` following the one above. */
export const Cascading: Story = {
  render: (args) => {
    const client = sampleClient(args.api);
    const form = document.createElement('form');
    form.lang = args.lang;
    form.style.cssText = 'display: grid; gap: 1rem; max-width: 28rem; min-height: 30rem';
    const levels = [
      ['provinsi', 'province', 'Provinsi', undefined],
      ['kabupaten', 'regency', 'Kabupaten/kota', ''],
      ['kecamatan', 'district', 'Kecamatan', ''],
      ['desa', 'village', 'Desa/kelurahan', ''],
    ] as const;
    const chain = levels.map(([name, level, label, parent]) => {
      const select = Object.assign(document.createElement('spbe-region-select'), {
        name,
        level,
        label,
        client,
      });
      if (parent !== undefined) select.parent = parent;
      form.append(select);
      return select;
    });
    chain.forEach((select, i) => {
      const next = chain[i + 1];
      if (next) select.addEventListener('change', () => (next.parent = select.value));
    });
    const output = document.createElement('output');
    form.append(output);
    form.addEventListener('change', () => {
      output.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
    });
    return form;
  },
};
