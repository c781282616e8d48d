#pragma once

#include "Product.h"

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

// Where one cluster's Management API lives and how to reach its tokens. The management
// token is held in memory only: it is never written to settings, logs or the command line.
struct Endpoint {
    Product product = Product::Dedicated;
    QUrl apiUrl;       // e.g. https://console.influxdata.com/api/v0
    QString accountId; // Dedicated only
    QString clusterId; // Dedicated only
    QString managementToken;

    // What the user calls this connection, and whether it is marked as production.
    QString name;
    bool production = false;
    // The built-in sandbox: sample data on this computer, said in a band while open.
    bool sandbox = false;

    // Transport: certificate authorities trusted for this connection besides the system's
    // (influxctl's tls.ca), a client certificate (tls.cert, tls.key), and tls.insecure,
    // which turns certificate checks off and is shown as long as the connection is open.
    QList<QSslCertificate> extraCaCertificates;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    bool tlsInsecure = false;

    QUrl tokensUrl() const;
    QUrl tokenUrl(const QString &tokenId) const;
    QUrl databasesUrl() const;

    // A short label for title and status bar: the connection's name, else e.g.
    // "console.influxdata.com · cluster 1234abcd".
    QString displayName() const;
    // The status bar's: the name with the cluster it reaches, e.g. "Sandbox · cluster
    // 1234abcd" (Dedicated) or "Lab · cluster.example.com" (Clustered).
    QString clusterLabel() const;
};

Q_DECLARE_METATYPE(Endpoint)

inline const QString DefaultDedicatedApiUrl =
    QStringLiteral("https://console.influxdata.com/api/v0");

// Checks a Management API URL before anything is sent to it: http only for loopback
// hosts, https otherwise. On failure returns false and says why in `reason`.
bool isAcceptableApiUrl(const QUrl &url, QString *reason);

// True for the canonical 8-4-4-4-12 hexadecimal UUID form.
bool isUuid(const QString &text);

// False for "", "." and "..": segments that would name another resource whatever the encoding.
bool isSafePathSegment(const QString &segment);

// Appends one path segment, percent-encoded so that "/", "..", "%" or "?" in it can never
// change which resource the request names.
QUrl withPathSegment(const QUrl &base, const QString &segment);
