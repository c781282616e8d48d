#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

// How a profile signs in through its identity provider (influxctl's [profile.auth.oauth2]):
// the OAuth 2.0 device authorization grant (RFC 8628) with a public client. No secret here.
struct OAuth2Settings {
    bool enabled = false; // the profile has the table
    QString clientId;
    QStringList scopes;
    QList<std::pair<QString, QString>> parameters; // extra form fields, e.g. audience
    QUrl tokenUrl;
    QUrl deviceUrl;

    // What the connection manager names it by: the host of device_url.
    QString providerHost() const { return deviceUrl.host(); }
    // The non-empty scopes joined by spaces (influxctl's sample has scopes = [""]).
    QString scope() const;
};

// Checks that sign-in can be tried: a client_id and both URLs, https (or http to a loopback
// host). On failure returns false and says why in `problem`.
bool validateOAuth2Settings(const OAuth2Settings &settings, QString *problem);
