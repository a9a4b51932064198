import { render } from 'preact';
import '../ui/base.css';
import './board.css';
import { I18nProvider } from '../i18n/i18n-context';
import { BoardApp } from './board-app';

render(
  <I18nProvider titleKey="board.title">
    <BoardApp />
  </I18nProvider>,
  document.getElementById('app') as HTMLElement,
);
