using System;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pii.Compliance
{
    /// <summary>Wires Pii's redactors into Microsoft.Extensions.Compliance redaction for the <see cref="PiiClassifications"/>.</summary>
    public static class PiiRedactionBuilderExtensions
    {
        /// <summary>
        /// Sets Pii's redactor for each classification of the Pii taxonomy: erasure for
        /// <see cref="PiiClassifications.Personal"/> and <see cref="PiiClassifications.Sensitive"/>, masking, e-mail
        /// masking, IP truncation, and the keyed hash under the current key. Without a hash key,
        /// <see cref="PiiClassifications.KeyedHash"/> is erased (fail closed). Other classifications keep the
        /// redactors the builder gives them. The configuration is validated here, at startup.
        /// </summary>
        /// <param name="builder">The redaction builder of <c>services.AddRedaction(...)</c>.</param>
        /// <param name="configure">Adds the hash keys and names the current one.</param>
        /// <returns>The builder.</returns>
        /// <exception cref="ArgumentException">A hash key is shorter than 16 bytes, or its id is empty, malformed or taken.</exception>
        /// <exception cref="InvalidOperationException">The current key id names no key, or there are several keys and none is current.</exception>
        public static IRedactionBuilder AddPiiRedactors(this IRedactionBuilder builder, Action<PiiRedactionOptions>? configure = null)
        {
            if (builder is null)
            {
                throw new ArgumentNullException(nameof(builder));
            }

            var options = new PiiRedactionOptions();
            configure?.Invoke(options);
            PiiHashKeyRing? keys = options.BuildKeyRing();

            builder.Services.RemoveAll<PiiHashKeyRing>();
            builder.SetRedactor<PiiMaskingRedactor>(PiiClassifications.Masked);
            builder.SetRedactor<PiiEmailMaskingRedactor>(PiiClassifications.EmailMasked);
            builder.SetRedactor<PiiIpTruncatingRedactor>(PiiClassifications.TruncatedIp);
            if (keys is null)
            {
                // A keyed-hash redactor from an earlier call could not be built without its keys.
                for (int i = builder.Services.Count - 1; i >= 0; i--)
                {
                    if (builder.Services[i].ServiceType == typeof(Redactor) && builder.Services[i].ImplementationType == typeof(PiiKeyedHashRedactor))
                    {
                        builder.Services.RemoveAt(i);
                    }
                }

                builder.SetRedactor<PiiErasingRedactor>(PiiClassifications.Personal, PiiClassifications.Sensitive, PiiClassifications.KeyedHash);
            }
            else
            {
                builder.Services.AddSingleton(keys);
                builder.SetRedactor<PiiErasingRedactor>(PiiClassifications.Personal, PiiClassifications.Sensitive);
                builder.SetRedactor<PiiKeyedHashRedactor>(PiiClassifications.KeyedHash);
            }

            return builder;
        }

        /// <summary>
        /// Adds redaction with Pii's redactors: <c>services.AddRedaction(r => r.AddPiiRedactors(configure))</c>.
        /// Turn it on for logging with <c>logging.EnableRedaction()</c> (Microsoft.Extensions.Telemetry).
        /// </summary>
        /// <param name="services">The services.</param>
        /// <param name="configure">Adds the hash keys and names the current one.</param>
        /// <returns>The services.</returns>
        /// <exception cref="ArgumentException">A hash key is shorter than 16 bytes, or its id is empty, malformed or taken.</exception>
        /// <exception cref="InvalidOperationException">The current key id names no key, or there are several keys and none is current.</exception>
        public static IServiceCollection AddPiiRedaction(this IServiceCollection services, Action<PiiRedactionOptions>? configure = null)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            // AddRedaction runs the builder callback at once: bad keys fail here, not when the container is built.
            return services.AddRedaction(r => r.AddPiiRedactors(configure));
        }
    }
}
