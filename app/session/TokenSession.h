#pragma once

#include "ApiError.h"
#include "Endpoint.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <chrono>

class ManagementApi;
class QNetworkAccessManager;
class TokenTableModel;

// One connection's API client and its token model, kept true to the server: a row changes
// only when the server said so. Widgets ask it for actions and listen to its signals.
class TokenSession : public QObject {
    Q_OBJECT

public:
    TokenSession(QNetworkAccessManager *network, const Endpoint &endpoint,
                 QObject *parent = nullptr);
    ~TokenSession() override;

    const Endpoint &endpoint() const;
    TokenTableModel *model() const { return m_model; }
    void setTimeout(std::chrono::milliseconds timeout);

    bool isBusy() const { return m_inFlight > 0; }
    bool isRefreshing() const { return m_refreshing; }
    bool isRevoking(const QString &tokenId) const { return m_revoking.contains(tokenId); }
    QDateTime lastRefresh() const { return m_lastRefresh; }

public Q_SLOTS:
    // Reloads the whole list. A second call while one runs is ignored.
    void refresh();
    // Revokes one token by ID. A second call for the same token while one runs is ignored.
    void revoke(const QString &tokenId);

Q_SIGNALS:
    void busyChanged(bool busy);
    void refreshed(const QStringList &badItems);
    void refreshFailed(const ApiError &error);
    void revokeFinished(const QString &tokenId, const ApiError &error);

private:
    void beginCall();
    void endCall();

    ManagementApi *m_api;
    TokenTableModel *m_model;
    int m_inFlight = 0;
    bool m_refreshing = false;
    QSet<QString> m_revoking;
    QDateTime m_lastRefresh;
};
