#pragma once

#include <QLocale>

// Installs Token Admin's translations on the application: English plural forms ("1 day",
// "2 days") always, then the language of `locale` when there is one, and Qt's own strings.
// Call again to switch language; the translators installed before are removed.
void installTranslations(const QLocale &locale = QLocale());
