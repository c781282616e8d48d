#pragma once

#include "Token.h"
#include "TokenFlags.h"
#include "TokenStatus.h"

#include <QByteArray>
#include <QStringView>

// The list's matching rules, kept apart from any model so they can be tested alone.
namespace TokenFilter {

// True when `text` is empty, or found (ignoring case) in the description or the token ID.
// (The list's search also finds the databases a token names: namesDatabaseMatching().)
bool matchesText(QStringView description, QStringView id, QStringView text);
inline bool matchesText(const Token &token, QStringView text) {
    return matchesText(token.description, token.id, text);
}

// Inactive (revoked or expired) tokens show only when asked for.
inline bool matchesStatus(TokenStatus status, bool showInactive) {
    return showInactive || !isInactive(status);
}

// The quick filters above the list, one chip each. Status chips choose statuses (Active
// covers Expiring soon too): a token shows when its status is one of those ticked, or, with
// none ticked, by the "Show inactive tokens" rule. Flag chips narrow: a token shows only when
// it has every flag ticked. Both combine with the search and the database filter (AND).
enum class QuickFilter : quint16 {
    Active = 0x01,
    ExpiringSoon = 0x02,
    Expired = 0x04,
    Revoked = 0x08,
    NeverExpires = 0x10,
    AllDatabases = 0x20,
    NoPermissions = 0x40,
    UnknownDatabase = 0x80,
    Disabled = 0x100,
};
Q_DECLARE_FLAGS(QuickFilters, QuickFilter)
inline constexpr QuickFilter AllQuickFilters[] = {
    QuickFilter::Active,       QuickFilter::ExpiringSoon,  QuickFilter::Disabled,
    QuickFilter::Expired,      QuickFilter::Revoked,       QuickFilter::NeverExpires,
    QuickFilter::AllDatabases, QuickFilter::NoPermissions, QuickFilter::UnknownDatabase};
inline constexpr int QuickFilterCount = 9;
inline constexpr QuickFilters StatusQuickFilters = {QuickFilter::Active, QuickFilter::ExpiringSoon,
                                                    QuickFilter::Disabled, QuickFilter::Expired,
                                                    QuickFilter::Revoked};
// The chip's place in AllQuickFilters.
int quickFilterIndex(QuickFilter filter);
QString quickFilterText(QuickFilter filter);
// Whether a token of this status with these flags has what the chip names.
bool hasQuickFilter(QuickFilter filter, TokenStatus status, TokenFlags flags);
bool matchesQuickFilters(QuickFilters chosen, TokenStatus status, TokenFlags flags,
                         bool showInactive);

// What the database filter asks of a token's permissions on that database.
enum class Access { Any, Read, Write };
// Whether `permissions` give `access` to `database`; a permission on "*" reaches every one.
bool reaches(const QList<Permission> &permissions, const QString &database, Access access);
// Whether a database a permission names contains `foldedNeedle` (as folded() makes it).
bool namesDatabaseMatching(const QList<Permission> &permissions, QByteArrayView foldedNeedle);

// What text matching compares: each code point case folded, as QString's case-insensitive
// comparisons fold, encoded as UTF-8 so that a plain byte search finds a match. Appends.
void appendFolded(QStringView text, QByteArray *out);
QByteArray folded(QStringView text);

} // namespace TokenFilter

Q_DECLARE_OPERATORS_FOR_FLAGS(TokenFilter::QuickFilters)
