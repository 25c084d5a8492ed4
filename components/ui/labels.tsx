"use client";

import * as React from "react";

/**
 * The few words the primitives speak themselves (close buttons, the notification region). The app provides them
 * translated once, at the root, so no caller has to pass them.
 */
export type UiLabels = { close: string; notifications: string; notification: string };

const UiLabelsContext = React.createContext<UiLabels>({
  close: "Close",
  notifications: "Notifications ({hotkey})",
  notification: "Notification",
});

function UiLabelsProvider({ labels, children }: { labels: UiLabels; children: React.ReactNode }) {
  return <UiLabelsContext.Provider value={labels}>{children}</UiLabelsContext.Provider>;
}

function useUiLabels() {
  return React.useContext(UiLabelsContext);
}

export { UiLabelsProvider, useUiLabels };
