/**
 * Stop 35's second round of non-bounces, pasted into GitHub issues and pull requests by the mail systems that answered
 * there (bodies only; minimal headers added, never an auto-reply header the source does not show): out-of-office
 * replies, a "no longer monitored" notice, help desks' and a contact form's acknowledgements, an autoresponder, and
 * two moderation notices. First run: 10 of 10 read as non-bounces, none counted.
 */
import { lines } from './help-pages/case'
import type { NonBouncePage } from './non-bounce-pages'

const CRLF = '\r\n'
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const utf8 = (s: string) => new TextEncoder().encode(s)
const b64 = (s: string): string[] => {
  const enc = base64(utf8(s.replace(/\r?\n/g, CRLF)))
  const out: string[] = []
  for (let i = 0; i < enc.length; i += 76) out.push(enc.slice(i, i + 76))
  return out
}
const wordB = (s: string) => `=?UTF-8?B?${base64(utf8(s))}?=`

const MINIMAL =
  'Body copied from the thread comment; minimal headers added (From, To, Subject, Date, Message-ID, MIME-Version, ' +
  'Content-Type); addresses are placeholders; no auto-reply headers added since the source shows none.'

export const NON_BOUNCE_THREADS_35B: NonBouncePage[] = [
  {
    name: 'github-reply-emf15-ooo-remainder-of-week',
    source: 'https://github.com/octocat/Hello-World/pull/173',
    says: 'Comment posted by email reply (EMF15, 2014-10-10): "Thank you for your email. I am out of the office the remainder of this week. ..."',
    rebuilt: `${MINIMAL} Subject is the GitHub notification subject prefixed "Re:" (rebuilt).`,
    expect: 'vacation',
    raw: lines(
      'From: EMF15 <user@example.org>',
      'To: octocat/Hello-World <reply+ABCDEF@reply.github.com>',
      'Subject: Re: [Hello-World] Update README (#173)',
      'Date: Fri, 10 Oct 2014 09:12:00 -0400',
      'Message-ID: <ooo-173@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Thank you for your email. I am out of the office the remainder of this week. Unfortunately, while I am away, I will not have access to email. Your email is important to me and I will respond when I able or when I return to the office next week. I apologize for any delay and look forward to connecting. Enjoy your week.'
    ),
  },
  {
    name: 'github-reply-emf15-out-of-my-office-this-week',
    source: 'https://github.com/octocat/Hello-World/pull/163',
    says: 'Comment posted by email reply (EMF15, 2014-09-17): "Thank you for your email. I am out of my office this week and will not have access to email. ..."',
    rebuilt: `${MINIMAL} Subject rebuilt from the PR title.`,
    expect: 'vacation',
    raw: lines(
      'From: EMF15 <user@example.org>',
      'To: octocat/Hello-World <reply+ABCDEF@reply.github.com>',
      'Subject: Re: [Hello-World] Update README (#163)',
      'Date: Wed, 17 Sep 2014 11:40:00 -0400',
      'Message-ID: <ooo-163@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Thank you for your email. I am out of my office this week and will not have access to email. Your email is important to me and I will respond upon my return. Enjoy your week.'
    ),
  },
  {
    name: 'moj-mailbox-closed-no-longer-monitored-autoreply',
    source: 'https://github.com/ministryofjustice/modernisation-platform/pull/5119',
    says: 'PR text quotes the automatic response of a Tipstaff contact address: "Thank you for your email. This mailbox closed on 31st August 2023 and is no longer monitored. Please resend your email to ... to be actioned." (message was delivered; the mailbox answers automatically)',
    rebuilt:
      MINIMAL +
      ' The redirect address DTS-ITServiceDesk@justice.gov.uk is replaced by servicedesk@example.gov.uk; subject rebuilt.',
    expect: 'vacation',
    raw: lines(
      'From: Tipstaff <tipstaff@example.gov.uk>',
      'To: Sender <sender@example.com>',
      'Subject: RE: Tipstaff application contact',
      'Date: Mon, 2 Oct 2023 10:03:11 +0000',
      'Message-ID: <closed-5119@example.gov.uk>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Thank you for your email. This mailbox closed on 31st August 2023 and is no longer monitored. Please resend your email to servicedesk@example.gov.uk to be actioned. This e-mail is private and is intended only for the addressee and any copy recipients. If you are not an intended recipient, please advise the sender immediately by reply e-mail and delete this message and any attachments without retaining a copy. Activity and use of this communication is monitored to secure their effective operation and for other lawful business purposes. Communications using these systems will also be monitored and may be recorded to secure effective operation and for other lawful business purposes.'
    ),
  },
  {
    name: 'wordpress-com-zendesk-support-request-submitted',
    source: 'https://github.com/Automattic/wp-calypso/issues/56265',
    says: 'Issue quotes the automated response from help@wordpress.com (Zendesk) after a ticket is created: "Your support request has been submitted to our team of Happiness Engineers. Rest assured that your email arrived safely ..."',
    rebuilt:
      'Body copied from the quoted email (quote markers "> " removed); From taken from the quote ("WordPress.com Support <help@wordpress.com>"); To, Subject, Date, Message-ID, MIME headers rebuilt; no auto-reply headers added.',
    expect: 'vacation',
    raw: lines(
      'From: WordPress.com Support <help@wordpress.com>',
      'To: Customer <customer@example.com>',
      'Subject: Re: Help with my site',
      'Date: Tue, 14 Sep 2021 12:38:00 +0000',
      'Message-ID: <R56YZZ-KG2R@wordpress.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Hi there,',
      '',
      'Your support request has been submitted to our team of Happiness Engineers. Rest assured that your email arrived safely and our support team will be in touch as soon as we can.',
      '',
      'If you have any new details, or happen to find the answer yourself in the mean time, just reply to this email directly to keep us updated. Additionally, you might want to check out our daily webinars - https://wordpress.com/webinars - and our support documentation - https://wordpress.com/support.',
      '',
      "Thank you for your patience and we'll be in touch soon!",
      '',
      '- The WordPress.com Support Team',
      '',
      'This email is a service from Automattic.',
      '[R56YZZ-KG2R]'
    ),
  },
  {
    name: 'trilingual-zh-en-de-received-will-reply',
    source: 'https://github.com/AutumnWhj/ChatGPT-wechat-bot/pull/262',
    says: 'Comment posted by email reply (sstshenshutao, 2023-11-21): "您好，我已经收到您的邮件，将会尽快回复您Thank you, I have got your Email, and will reply to it soon.Danke! Ich habe Ihre E-mail bekommen, ..."',
    rebuilt: `${MINIMAL} Body sent base64 UTF-8; the source's mangled "m?0?2glich" kept as shown.`,
    expect: 'vacation',
    raw: lines(
      'From: sstshenshutao <user@example.cn>',
      'To: AutumnWhj/ChatGPT-wechat-bot <reply+ABCDEF@reply.github.com>',
      'Subject: Re: [AutumnWhj/ChatGPT-wechat-bot] Dev (PR #262)',
      'Date: Tue, 21 Nov 2023 08:00:00 +0800',
      'Message-ID: <auto-262@example.cn>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      ...b64(
        '您好，我已经收到您的邮件，将会尽快回复您Thank you, I have got your Email, and will reply to it soon.Danke! Ich habe Ihre E-mail bekommen, und werde sie so bald wie m?0?2glich beantworten.'
      )
    ),
  },
  {
    name: 'bilingual-zh-en-file-received-will-reply',
    source: 'https://github.com/jackfrued/Python-100-Days/issues/1010',
    says: 'Comment posted by email reply (beatricejhx, 2024-02-18): "感谢您的来信，文件已收到，谢谢！ Thank you for your email.I’ll disposal and reply as soon as possible."',
    rebuilt: `${MINIMAL} Body sent 8bit UTF-8.`,
    expect: 'vacation',
    raw: lines(
      'From: beatricejhx <user@example.cn>',
      'To: jackfrued/Python-100-Days <reply+ABCDEF@reply.github.com>',
      'Subject: Re: [jackfrued/Python-100-Days] Python自学 (Issue #1010)',
      'Date: Sun, 18 Feb 2024 10:00:00 +0800',
      'Message-ID: <auto-1010@example.cn>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      '感谢您的来信，文件已收到，谢谢！',
      'Thank you for your email.I’ll disposal and reply as soon as possible.'
    ),
  },
  {
    name: 'contact-form-ticket-created-acknowledgement-311data',
    source: 'https://github.com/hackforla/311-data/issues/687',
    says: 'Thread drafts the automatic email sent after a contact request: "Thank you for contacting 311-data.org. A ticket has been created ([ticket number]) and an email has been sent to our support team. ..."',
    rebuilt:
      'Body copied from the drafted auto-response in the thread, with its placeholders filled ([first name] -> Alex, [ticket number] -> 1042, form fields with sample values; the italic markdown dropped); headers rebuilt (From support@example.org).',
    expect: 'vacation',
    raw: lines(
      'From: 311 Data <support@example.org>',
      'To: Alex Doe <alex@example.com>',
      'Subject: Thank you for contacting 311-data.org',
      'Date: Sun, 14 Jun 2020 18:20:00 -0700',
      'Message-ID: <ticket-1042@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Alex,',
      '',
      'Thank you for contacting 311-data.org. A ticket has been created (1042) and an email has been sent to our support team.  Please be patient with our response time since we are all volunteers.',
      '',
      'Below is the information that we received from you:',
      'First Name: Alex',
      'Last Name: Doe',
      'Email: alex@example.com',
      'Association: Example Neighborhood Council',
      'Message: The map does not load for my district.',
      '',
      'Thanks again for your interest and we look forward to working with you.',
      '',
      'If you have any questions, feel free to contact us at 311-data@example.org'
    ),
  },
  {
    name: 'tutanota-autoresponder-thanks-for-reaching-out',
    source: 'https://github.com/tutao/tutanota/issues/9050',
    says: 'Issue shows the user\'s configured autoresponder: Subject "Thanks for reaching out ✨", message "Heya — thanks for your message. I work intentionally, and in rhythm with my capacity. I\'ll respond in a couple days. ..."',
    rebuilt:
      "Subject and body copied from the issue; the person's name, pronouns line, city and web address replaced by placeholders (A. Person, example.ca); other headers rebuilt; no auto-reply headers added.",
    expect: 'vacation',
    raw: lines(
      'From: A. Person <person@example.ca>',
      'To: Sender <sender@example.com>',
      `Subject: ${wordB('Thanks for reaching out ✨')}`,
      'Date: Wed, 28 May 2025 15:00:00 -0400',
      'Message-ID: <autoresp-9050@example.ca>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      ...b64(
        [
          'Heya — thanks for your message.',
          "I work intentionally, and in rhythm with my capacity. I'll respond in a couple days. If your message is time-sensitive, feel free to send a nudge.",
          'In the meantime, you can learn more about my work at example.ca.',
          'Best, ',
          'A. Person',
          'Creative Communications Partner',
          'Toronto, ON | example.ca',
        ].join('\n')
      )
    ),
  },
  {
    name: 'community-post-held-for-review-notice',
    source: 'https://github.com/intersystems-community/developer-community/issues/225',
    says: 'Issue specifies the email sent to a member on moderation when they post: "Thank you for submitting the post/comment/answer Your content went for review and you\'ll be notified when it will be posted. ..."',
    rebuilt:
      'Body copied from the issue (line break added after "answer"); headers rebuilt (From noreply@example.com); this is the specified notice text, not a captured message.',
    expect: 'none',
    raw: lines(
      'From: Developer Community <noreply@example.com>',
      'To: Member <member@example.com>',
      'Subject: Your post is under review',
      'Date: Mon, 8 Jul 2019 12:00:00 +0000',
      'Message-ID: <review-225@example.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Thank you for submitting the post/comment/answer',
      "Your content went for review and you'll be notified when it will be posted. ",
      "If you don't get any decision in 24 hours please submit an issue on https://github.com/intersystems-community/issues"
    ),
  },
  {
    name: 'hypothesis-comment-back-to-pending-moderation-notice',
    source: 'https://github.com/hypothesis/product-backlog/issues/1689',
    says: "Issue quotes the moderation status emails; when a comment is sent back to Pending: \"The following comment has been hidden by the moderation team for {{group name}} and is only visible to that group's moderators and yourself. You'll receive another email when your comment's moderation status changes.\"",
    rebuilt:
      'Body copied from the quoted email text with {{group name}} filled as "Example Reading Group"; the quoted comment itself is a placeholder line; headers rebuilt.',
    expect: 'none',
    raw: lines(
      'From: Hypothesis <notifications@example.org>',
      'To: Annotator <annotator@example.com>',
      'Subject: Your comment is pending moderation',
      'Date: Tue, 9 Dec 2025 17:00:00 +0000',
      'Message-ID: <mod-1689@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      "The following comment has been hidden by the moderation team for Example Reading Group and is only visible to that group's moderators and yourself. You'll receive another email when your comment's moderation status changes.",
      '',
      '"An example annotation comment."'
    ),
  },
]
