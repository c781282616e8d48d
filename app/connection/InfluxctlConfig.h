#pragma once

#include "OAuth2Settings.h"

#include <QList>
#include <QString>

// influxctl's connection profiles, read from its config.toml. This file belongs to
// influxctl: Token Admin reads it and never writes it (influxctl rejects keys it does not
// know).
struct InfluxctlTls {
    bool insecure = false; // do not verify the server's certificate
    bool disable = false;  // plain http (Clustered without a TLS ingress)
    QString cert;          // client certificate file
    QString key;           // client private key file
    QString ca;            // extra certificate authority file
};

struct InfluxctlProfile {
    QString name;
    QString product; // "dedicated" or "clustered", as written
    QString host;    // the cluster data host; the Clustered management API lives there too
    QString port;
    QString accountId;
    QString clusterId;
    QString managementToken; // mgmt_token: used as it is, never copied anywhere
    InfluxctlTls tls;
    OAuth2Settings oauth2; // [profile.auth.oauth2]: sign in through an identity provider
    int line = 0;          // where the profile starts in the file
};

struct InfluxctlConfig {
    QString path;
    bool exists = false;
    QList<InfluxctlProfile> profiles;
    // A file that could not be read or parsed: where and why. Profiles are then empty.
    QString error;
    int errorLine = 0;
    int errorColumn = 0;
    // Keys of the wrong type and the like: the profile is still listed.
    QStringList warnings;

    bool ok() const { return error.isEmpty(); }
    // "path:line:column: reason", or empty.
    QString errorText() const;
    // The profile of that name, or nullptr.
    const InfluxctlProfile *profile(const QString &name) const;
    // influxctl's choice without --profile: the profile named "default", or nullptr.
    const InfluxctlProfile *defaultProfile() const;
};

// influxctl's choice of profile: `requested` (--profile) when given, which must exist; else
// the profile named "default", if any. Returns nullptr with `problem` set when the requested
// one is missing, and nullptr with `problem` empty when there is simply no default.
const InfluxctlProfile *chooseProfile(const InfluxctlConfig &config, const QString &requested,
                                      QString *problem);

// Where influxctl looks for its config.toml on this system (Linux:
// ~/.config/influxctl/config.toml).
QString defaultInfluxctlConfigPath();
// The same on Windows, from %APPDATA% and the home folder: %APPDATA%\influxctl\config.toml,
// or the usual AppData\Roaming under the home folder when %APPDATA% is empty.
QString windowsInfluxctlConfigPath(const QString &appData, const QString &home);

// Reads and parses the file. A missing file is not an error: exists is false and there are
// no profiles.
InfluxctlConfig readInfluxctlConfig(const QString &path);
// Parses text as if read from `path`.
InfluxctlConfig parseInfluxctlConfig(const QByteArray &text, const QString &path);
