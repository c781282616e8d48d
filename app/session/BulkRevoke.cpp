#include "BulkRevoke.h"

#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QUuid>

#include <algorithm>
#include <numeric>
#include <utility>

BulkRevoke::BulkRevoke(TokenSession *session, const QList<Token> &tokens, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_batchId(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_items.reserve(tokens.size());
    for (const Token &token : tokens) {
        Item item;
        item.token = token;
        m_items.append(item);
    }
    if (m_session) {
        connect(m_session, &TokenSession::revokeFinished, this, &BulkRevoke::onRevokeFinished);
        connect(m_session, &TokenSession::tokenReloaded, this, &BulkRevoke::onTokenReloaded);
    }
}

int BulkRevoke::count(State state) const {
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const Item &item) { return item.state == state; }));
}

void BulkRevoke::start() {
    if (m_started)
        return;
    m_started = true;
    QList<int> all(m_items.size());
    std::iota(all.begin(), all.end(), 0);
    startRound(all);
}

void BulkRevoke::retryFailed() {
    if (!m_started || m_running)
        return;
    QList<int> failed;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).state == State::Failed)
            failed.append(i);
    if (!failed.isEmpty())
        startRound(failed);
}

void BulkRevoke::startRound(const QList<int> &indexes) {
    m_queue = indexes;
    m_roundSize = int(indexes.size());
    m_answered = 0;
    m_stopped = false;
    m_running = true;
    for (int index : indexes) {
        Item &item = m_items[index];
        if (item.state == State::Waiting)
            continue; // as it was: nothing to show again, for 1,000 rows at the click
        item.state = State::Waiting;
        item.check = Check::None;
        item.httpStatus = 0;
        item.message.clear();
        Q_EMIT itemChanged(index);
    }
    Q_EMIT progressChanged(m_answered, m_roundSize);
    sendMore();
    finishIfDone();
}

void BulkRevoke::stop() {
    if (!m_running || m_stopped)
        return;
    m_stopped = true;
    const QList<int> left = std::exchange(m_queue, {});
    for (int index : left) {
        m_items[index].state = State::NotSent;
        Q_EMIT itemChanged(index);
    }
    finishIfDone();
}

void BulkRevoke::sendMore() {
    while (m_session && !m_stopped && m_sending.size() < MaxInFlight && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        Item &item = m_items[index];
        if (m_session->isRevoking(item.token.id)) {
            // A single revoke of it is on its way: that one will say how it went.
            item.state = State::NotSent;
            Q_EMIT itemChanged(index);
            continue;
        }
        item.state = State::Sending;
        m_sending.insert(item.token.id, index);
        Q_EMIT itemChanged(index);
        m_session->revoke(item.token.id, m_batchId);
    }
}

void BulkRevoke::onRevokeFinished(const QString &tokenId, const ApiError &error) {
    const auto found = m_sending.constFind(tokenId);
    if (found == m_sending.cend())
        return; // another revoke's answer
    const int index = found.value();
    m_sending.erase(found);
    Item &item = m_items[index];
    if (!error.isError()) {
        item.state = State::Revoked;
    } else if (error.isHttp(404)) {
        item.state = State::AlreadyGone;
    } else if (error.outcomeUnknown()) {
        item.state = State::Unknown;
        item.httpStatus = error.httpStatus;
        item.message = errorText(error);
    } else {
        item.state = State::Failed;
        item.httpStatus = error.httpStatus;
        item.message = error.serverMessage.isEmpty() ? errorText(error) : error.serverMessage;
    }
    ++m_answered;
    Q_EMIT itemChanged(index);
    Q_EMIT progressChanged(m_answered, m_roundSize);
    if (item.state == State::Unknown && m_session) {
        // What the server shows now is the only truth there is: read it.
        item.check = Check::Checking;
        m_checking.insert(tokenId, index);
        Q_EMIT itemChanged(index);
        m_session->reloadToken(tokenId);
    }
    sendMore();
    finishIfDone();
}

void BulkRevoke::onTokenReloaded(const QString &tokenId, const ApiError &error) {
    const auto found = m_checking.constFind(tokenId);
    if (found == m_checking.cend())
        return;
    const int index = found.value();
    m_checking.erase(found);
    Item &item = m_items[index];
    if (!error.isError()) {
        const std::optional<Token> now =
            m_session ? m_session->model()->tokenById(tokenId) : std::nullopt;
        item.check = now && now->isRevoked() ? Check::ShowsRevoked : Check::ShowsActive;
    } else if (error.isHttp(404)) {
        item.check = Check::ShowsGone;
    } else {
        item.check = Check::CheckFailed;
        item.message = errorText(error);
    }
    Q_EMIT itemChanged(index);
    finishIfDone();
}

void BulkRevoke::finishIfDone() {
    if (!m_running || !m_sending.isEmpty() || !m_checking.isEmpty())
        return;
    if (!m_queue.isEmpty() && !m_stopped && m_session)
        return;
    m_running = false;
    Q_EMIT finished();
}
