import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { S } from '../strings';

export interface StatusBannerProps {
  intent: 'success' | 'info' | 'warning' | 'error';
  title?: string;
  text: string;
  onDismiss?(): void;
}

export function StatusBanner({ intent, title, text, onDismiss }: StatusBannerProps) {
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {text}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              aria-label={S.dismiss}
              icon={<Dismiss16Regular aria-hidden />}
              onClick={onDismiss}
            />
          }
        />
      ) : null}
    </MessageBar>
  );
}
