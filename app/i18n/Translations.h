#pragma once

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTime>

// Installs Token Admin's translations on the application: English plural forms ("1 day",
// "2 days") always, then the language of `locale` when there is one, and Qt's own strings.
// Call again to switch language; the translators installed before are removed.
void installTranslations(const QLocale &locale = QLocale());

// The languages Token Admin is translated into, as --lang names them: "de", "en", "fr".
QStringList translationLanguages();
// The locale --lang `language` stands for: that language, in the system's territory where
// the two go together (so dates keep the local order); QLocale::C for an unknown language.
QLocale localeForLanguage(const QString &language);

// The time of day as the default locale writes it, with seconds but without the time zone
// (its long format less the zone): two moments a few seconds apart read differently.
QString localTimeWithSeconds(const QTime &time);
// A local date and time as the default locale writes it, short (no seconds unless asked).
// The C locale, which names no country and writes "28 Dec 2026 23:59:00", gets ISO 8601's
// order instead: "2026-12-28 23:59".
QString localDateTimeText(const QDateTime &local, bool withSeconds = false);
