/**
 * The words a bounce's subject carries, shared by the auto-reply and non-bounce readers. Its own module: the
 * non-bounce reader importing the auto-reply reader closed an import cycle through result.ts.
 * @module
 */

/** A bounce's subject words, and the localized ones: German, French, Italian, Japanese ("mail error notice"). */
export const BOUNCE_SUBJECT =
  /undeliver|delivery (?:status|failure)|returned mail|failure notice|non.?delivery|could not be delivered|unzustellbar|nicht zustellbar|non remis|non recapitabile|配信不能|エラー通知/i
