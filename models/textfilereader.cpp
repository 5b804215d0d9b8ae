#include "textfilereader.h"

#include "linereader.h"

#include <QCoreApplication>

#include <cstring>

namespace Flowscope {

struct TextFileReader::Private
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::TextFileReader)

public:
    Private(std::unique_ptr<ByteStream> source, const QString &path, const QStringList &names,
            char fieldDelimiter)
        : stream(std::move(source)), lines(*stream), fileName(path), columns(names),
          delimiter(fieldDelimiter)
    {}

    RecordReader::Result badRecord(ImportWarningKind kind, qint64 line, const QString &value,
                                   const QString &message)
    {
        problem = ImportWarning();
        problem.kind = kind;
        problem.severity = ImportWarningSeverity::RowRejected;
        problem.file = fileName;
        problem.line = line;
        problem.value = value;
        problem.message = message;
        return RecordReader::Result::BadRecord;
    }

    // Field buffers are reused from the previous record to save allocations.
    void splitFields(QByteArrayView line, QList<Field> &fields) const
    {
        qsizetype count = 0;
        qsizetype start = 0;
        while (true) {
            qsizetype end = line.indexOf(delimiter, start);
            if (end < 0)
                end = line.size();
            const QByteArrayView text = line.sliced(start, end - start);

            if (count == fields.size())
                fields.append(Field());
            Field &field = fields[count++];
            if (text == QByteArrayView("\\N")) {
                field.kind = FieldKind::Null;
                field.text.truncate(0);
            } else {
                field.kind = FieldKind::Text;
                field.text.resize(text.size());
                std::memcpy(field.text.data(), text.data(), size_t(text.size()));
            }

            if (end == line.size())
                break;
            start = end + 1;
        }
        fields.resize(count);
    }

    std::unique_ptr<ByteStream> stream;
    LineReader lines;
    QString fileName;
    QStringList columns;
    char delimiter;
    ImportWarning problem;
};

TextFileReader::TextFileReader(std::unique_ptr<ByteStream> stream, const QString &fileName,
                               const QStringList &columnNames, char delimiter)
    : d(std::make_unique<Private>(std::move(stream), fileName, columnNames, delimiter))
{}

TextFileReader::~TextFileReader() = default;

const QStringList &TextFileReader::columns() const
{
    return d->columns;
}

RecordReader::Result TextFileReader::next(Record &record)
{
    while (true) {
        QByteArrayView line;
        switch (d->lines.next(line)) {
        case LineReader::Status::End:
            return Result::End;
        case LineReader::Status::Failed:
            d->problem = d->stream->error();
            return Result::Failed;
        case LineReader::Status::TooLong:
            return d->badRecord(ImportWarningKind::FieldCountMismatch, d->lines.lineNumber(),
                                QString(),
                                Private::tr("Line %1: the line is longer than 64 MiB, so it was "
                                            "skipped. Check that the file is an Athena TEXTFILE "
                                            "export.")
                                    .arg(d->lines.lineNumber()));
        case LineReader::Status::Line:
            break;
        }

        // Athena writes no blank lines; one at the end of a hand-edited file is not a record.
        if (line.isEmpty() && d->columns.size() != 1)
            continue;

        record.line = d->lines.lineNumber();
        d->splitFields(line, record.fields);
        if (record.fields.size() != d->columns.size()) {
            const QString value = abbreviatedValue(
                QString::fromUtf8(line).replace(QChar(u'\001'), QStringLiteral("\\001")));
            return d->badRecord(ImportWarningKind::FieldCountMismatch, record.line, value,
                                Private::tr("Line %1: %2 fields where %3 columns were expected. "
                                            "Check that the chosen table (or the column list) "
                                            "matches the export's columns.")
                                    .arg(record.line)
                                    .arg(record.fields.size())
                                    .arg(d->columns.size()));
        }
        return Result::Record;
    }
}

const ImportWarning &TextFileReader::lastProblem() const
{
    return d->problem;
}

QList<ImportWarning> TextFileReader::takeWarnings()
{
    return d->stream->takeWarnings();
}

qint64 TextFileReader::bytesConsumed() const
{
    return d->stream->bytesConsumed();
}

} // namespace Flowscope
