#pragma once

#include "Endpoint.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks where the Management API is and for the management token. Non-secret fields are
// remembered; the management token is written nowhere.
class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the form, e.g. from the command line; an empty token leaves that field empty.
    void setEndpoint(const Endpoint &endpoint);
    // The endpoint the form describes, and whether it is complete and valid.
    Endpoint endpoint() const;
    bool validate(QString *problem) const;

Q_SIGNALS:
    void connectRequested(const Endpoint &endpoint);
    void sandboxRequested();

private:
    void updateState();
    void submit();

    QComboBox *m_product;
    QLineEdit *m_apiUrl;
    QLineEdit *m_account;
    QLineEdit *m_cluster;
    QLineEdit *m_token;
    QLabel *m_problem;
    QPushButton *m_connect;
    QPushButton *m_sandbox;
};
