'use client';
import { useTranslations } from 'next-intl';
import { EditableList } from './editable-list';
import { MessageFieldList } from './message-field-list';
import { type MessageEditorProps } from './message-editor-props';
import { RowHeading } from './row-heading';

/** WeChat shows at most this many articles in one news message. */
const MAX_ARTICLES = 8;

type Article = MessageEditorProps<'news'>['message']['articles'][number];

export function NewsMessageEditor({ message, onChange, readOnly, path }: MessageEditorProps<'news'>) {
  const t = useTranslations('inspector.messages');
  const { articles } = message;
  return (
    <div className="flex flex-col gap-3">
      <EditableList
        items={articles}
        name="articles"
        readOnly={readOnly}
        movable
        addLabel={t('addArticle')}
        addDisabled={articles.length >= MAX_ARTICLES}
        newItem={(): Article => ({ title: '', description: '', picUrl: '', url: '' })}
        itemLabel={(_, index) => t('article', { number: index + 1 })}
        onChange={(next, field) => onChange({ ...message, articles: next }, field)}
        beforeAdd={
          articles.length >= MAX_ARTICLES ? (
            <p
              role="status"
              className={`text-xs ${articles.length > MAX_ARTICLES ? 'text-red-600' : 'text-amber-700'}`}
            >
              {t('articlesLimit', { max: MAX_ARTICLES })}
            </p>
          ) : null
        }
        renderRow={({ item: article, index, actions, replace }) => (
          <div className="flex flex-col gap-2 rounded border border-slate-200 p-2">
            <RowHeading title={t('article', { number: index + 1 })} actions={actions} />
            <MessageFieldList
              message={article}
              readOnly={readOnly}
              path={`${path}.articles.${index}`}
              onChange={replace}
              fields={[
                { name: 'title', label: 'title', template: true },
                { name: 'description', label: 'description', template: true, long: true },
                { name: 'picUrl', label: 'picUrl', template: true },
                { name: 'url', label: 'url', template: true },
              ]}
            />
          </div>
        )}
      />
    </div>
  );
}
