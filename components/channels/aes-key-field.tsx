'use client';
import { useTranslations } from 'next-intl';
import { newEncodingAesKey } from '@/core/channels/new-encoding-aes-key';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

export interface AesKeyFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  hint: string;
}

/** The EncodingAESKey with a "Generate" button (43 random letters and digits, like WeChat's 随机生成). */
export function AesKeyField({ value, onChange, error, hint }: AesKeyFieldProps) {
  const t = useTranslations('channels.wechat');
  return (
    <div className="flex items-start gap-2">
      <TextField
        className="min-w-0 flex-1"
        label={t('aesKey')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        hint={hint}
        maxLength={43}
        spellCheck={false}
        autoComplete="off"
        inputMode="text"
      />
      <Button
        variant="secondary"
        className="mt-6 shrink-0"
        onClick={() => onChange(newEncodingAesKey())}
        aria-label={t('generateLabel')}
      >
        {t('generate')}
      </Button>
    </div>
  );
}
