namespace Mailing;

/// <summary>The page at /: what the sample does and what to try.</summary>
internal static class HomePage
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Pii Mailing</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}</style></head>
        <body>
        <h1>Pii Mailing</h1>
        <p>An e-mail marketing platform whose personal data is tagged with Pii. The export, erasure, purge and
        redaction code behind these endpoints was written by the compiler from the tags in <code>Model/</code>.</p>
        <ul>
        <li><a href="/privacy/record">The record of processing</a> (Art. 30) and <a href="/privacy/record.json">as JSON</a></li>
        <li><a href="/privacy/customers/1/export">Export customer 1</a> (Art. 15) and
            <a href="/privacy/customers/1/export?scope=portability">for portability</a> (Art. 20)</li>
        <li><a href="/privacy/contacts/1/export">Export contact 1</a></li>
        <li><a href="/openapi/v1.json">The API description</a> (OpenAPI): erasure, withdrawal of consent, objection, import, purge</li>
        </ul>
        <p>Try: <code>curl -X POST localhost:5080/privacy/contacts/1/consents/Newsletter/withdraw</code>,
        <code>curl -X DELETE localhost:5080/privacy/contacts/1</code>, then import the same address again with
        <code>curl -X POST localhost:5080/lists/1/contacts -H 'Content-Type: application/json' -d '{"contacts":[{"email":"emma.janssen@mail.example"}]}'</code>.</p>
        </body></html>
        """;
}
