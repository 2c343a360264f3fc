'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { MessageFieldList } from './message-field-list';
import { type MessageEditorProps } from './message-editor-props';
import { moveItem } from './move-item';
import { RowActions } from './row-actions';

/** WeChat shows at most this many articles in one news message. */
const MAX_ARTICLES = 8;

type Article = MessageEditorProps<'news'>['message']['articles'][number];

export function NewsMessageEditor({ message, onChange, readOnly, path }: MessageEditorProps<'news'>) {
  const t = useTranslations('inspector.messages');
  const { articles } = message;
  const set = (next: Article[], field: string) => onChange({ ...message, articles: next }, field);
  return (
    <div className="flex flex-col gap-3">
      {articles.map((article, index) => (
        <div key={index} className="flex flex-col gap-2 rounded border border-slate-200 p-2">
          <div className="flex items-center justify-between">
            <span className="text-xs font-semibold text-slate-600">
              {t('article', { number: index + 1 })}
            </span>
            <RowActions
              index={index}
              count={articles.length}
              disabled={readOnly}
              itemLabel={t('article', { number: index + 1 })}
              onMove={(from, to) => set(moveItem(articles, from, to), 'articles')}
              onRemove={(at) =>
                set(
                  articles.filter((_, i) => i !== at),
                  'articles',
                )
              }
            />
          </div>
          <MessageFieldList
            message={article}
            readOnly={readOnly}
            path={`${path}.articles.${index}`}
            onChange={(next, field) =>
              set(
                articles.map((a, i) => (i === index ? next : a)),
                `articles.${index}.${field}`,
              )
            }
            fields={[
              { name: 'title', label: 'title', template: true },
              { name: 'description', label: 'description', template: true, long: true },
              { name: 'picUrl', label: 'picUrl', template: true },
              { name: 'url', label: 'url', template: true },
            ]}
          />
        </div>
      ))}
      {articles.length >= MAX_ARTICLES ? (
        <p
          role="status"
          className={`text-xs ${articles.length > MAX_ARTICLES ? 'text-red-600' : 'text-amber-700'}`}
        >
          {t('articlesLimit', { max: MAX_ARTICLES })}
        </p>
      ) : null}
      <Button
        variant="secondary"
        size="sm"
        className="w-fit"
        disabled={readOnly || articles.length >= MAX_ARTICLES}
        onClick={() => set([...articles, { title: '', description: '', picUrl: '', url: '' }], 'articles')}
      >
        {t('addArticle')}
      </Button>
    </div>
  );
}
