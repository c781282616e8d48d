#include "OAuth2Settings.h"

#include "Endpoint.h"

#include <QCoreApplication>

namespace {

bool checkUrl(const QUrl &url, const char *key, QString *problem) {
    if (url.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        *problem = QCoreApplication::translate(
                       "OAuth2Settings",
                       "The profile's [profile.auth.oauth2] needs %1, the identity provider's "
                       "full URL.")
                       .arg(QLatin1String(key));
        return false;
    }
    // The same rule as for the Management API: the sign-in and its tokens never cross the
    // network unencrypted.
    if (!isAcceptableApiUrl(url, nullptr)) {
        *problem = QCoreApplication::translate(
                       "OAuth2Settings",
                       "The profile's %1 (%2) must start with https:// (plain http:// only to "
                       "this computer: 127.0.0.1, ::1 or localhost).")
                       .arg(QLatin1String(key), url.toDisplayString());
        return false;
    }
    return true;
}

} // namespace

QString OAuth2Settings::scope() const {
    QStringList kept;
    for (const QString &one : scopes)
        if (!one.trimmed().isEmpty())
            kept.append(one.trimmed());
    return kept.join(QLatin1Char(' '));
}

bool validateOAuth2Settings(const OAuth2Settings &settings, QString *problem) {
    if (settings.clientId.trimmed().isEmpty()) {
        *problem = QCoreApplication::translate(
            "OAuth2Settings", "The profile's [profile.auth.oauth2] needs a client_id.");
        return false;
    }
    return checkUrl(settings.deviceUrl, "device_url", problem) &&
           checkUrl(settings.tokenUrl, "token_url", problem);
}
