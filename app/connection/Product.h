#pragma once

#include <QString>

// Which flavour of the Management API a cluster speaks. Dedicated paths carry the account
// and cluster IDs; Clustered paths do not.
enum class Product { Dedicated, Clustered };

inline QString productKey(Product product) {
    return product == Product::Clustered ? QStringLiteral("clustered")
                                         : QStringLiteral("dedicated");
}

// Accepts "dedicated" and "clustered" (any case); false for anything else.
inline bool productFromKey(const QString &key, Product *product) {
    if (key.compare(QLatin1String("dedicated"), Qt::CaseInsensitive) == 0)
        *product = Product::Dedicated;
    else if (key.compare(QLatin1String("clustered"), Qt::CaseInsensitive) == 0)
        *product = Product::Clustered;
    else
        return false;
    return true;
}
