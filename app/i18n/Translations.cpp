#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>
#include <vector>

void installTranslations(const QLocale &locale) {
    // Owned here, not by the application: a second call replaces them.
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto &translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();

    auto install = [](std::unique_ptr<QTranslator> translator) {
        QCoreApplication::installTranslator(translator.get());
        installed.push_back(std::move(translator));
    };
    // Without its own English file, Qt shows "%n day(s)" as "2 day(s)".
    auto english = std::make_unique<QTranslator>();
    if (english->load(QStringLiteral(":/i18n/tokenadmin_en.qm")))
        install(std::move(english));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    // Installed later, so asked first.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(std::move(qt));
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("tokenadmin"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        install(std::move(own));
}

QStringList translationLanguages() {
    return {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")};
}

QLocale localeForLanguage(const QString &language) {
    if (!translationLanguages().contains(language))
        return QLocale::c();
    const QLocale alone(language);
    const QLocale here(alone.language(), QLocale::system().territory());
    // QLocale falls back to the language's main territory when the pair does not exist.
    return here.language() == alone.language() ? here : alone;
}

QString localTimeWithSeconds(const QTime &time) {
    QString format = QLocale().timeFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("\\s*\\bt+\\b\\s*")));
    return QLocale().toString(time, format.trimmed());
}

QString localDateTimeText(const QDateTime &local, bool withSeconds) {
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return local.toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                          : QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!withSeconds)
        return locale.toString(local, QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           localTimeWithSeconds(local.time());
}
