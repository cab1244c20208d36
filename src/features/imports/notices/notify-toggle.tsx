import { useNotifySetting } from './use-notify-setting.ts';

/** Asks for notification permission only when pressed, never on load. */
export function NotifyToggle({ setting }: { setting: ReturnType<typeof useNotifySetting> }) {
  return (
    <span className="notify">
      <button
        type="button"
        className="button"
        aria-pressed={setting.on}
        title="A browser notification when an import ends while this tab is in the background"
        onClick={() => void setting.toggle()}
      >
        Notify me
      </button>
      {setting.problem ? (
        <span className="notify__problem" role="status">
          {setting.problem}
        </span>
      ) : null}
    </span>
  );
}
