#pragma once

#include "Token.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>

// The benchmark's careful baseline: what a Qt developer who knows the item views would write
// without Token Admin's store. QJsonDocument decodes the list into QList<Token> (reserved, no
// item per cell), and data() makes each cell's text only when the view asks for it. The same
// columns as TokenTableModel, so both paths paint the same table.
class CarefulTokenModel : public QAbstractTableModel {
public:
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CarefulTokenModel(QDateTime now, QObject *parent = nullptr);

    // QJsonDocument → QList<Token>; an empty list when the body is not a token list.
    static QList<Token> decode(const QByteArray &body);

    void setTokens(QList<Token> tokens); // a model reset
    const Token &tokenAt(int row) const { return m_tokens.at(row); }
    int rowOf(const QString &id) const; // -1: none
    const QDateTime &now() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Token> m_tokens;
    QDateTime m_now;
};
