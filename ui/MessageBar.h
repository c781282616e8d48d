#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// An inline bar above the table that says what went wrong and offers Retry, instead of a
// modal box that blocks the window.
class MessageBar : public QFrame {
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    // Shows an error with a Retry button.
    void showMessage(const QString &text);
    // Shows a problem that retrying would not solve: no Retry button.
    void showNotice(const QString &text);
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

Q_SIGNALS:
    void retryRequested();

private:
    void present(const QString &text, bool retry);

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_close;
};
