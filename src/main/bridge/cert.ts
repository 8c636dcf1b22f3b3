/**
 * The shared listener's certificate: made by the host on its first start (an RSA key from
 * node:crypto, the X.509 certificate written with node-forge, since Node's crypto cannot write
 * one) and kept beside the ledger, readable by its owner only, so a later start presents the same
 * certificate and the fingerprint the colleagues confirmed still matches.
 */
import { X509Certificate, createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import forge from 'node-forge'
import { AppError } from '../errors'

export interface ShareCert {
  cert: string
  key: string
  /** SHA-256 of the certificate, colon-separated hex, as browsers show it. */
  fingerprint: string
  certPath: string
  keyPath: string
  /** True when this start made it. */
  made: boolean
}

export function certPaths(dbPath: string): { certPath: string; keyPath: string } {
  return { certPath: `${dbPath}.share-cert.pem`, keyPath: `${dbPath}.share-key.pem` }
}

const YEARS = 10

/**
 * The certificate beside `dbPath`, made on first use for `names` (host names and IP addresses
 * the colleagues may use). One that cannot be read is not replaced silently: the clients that
 * pinned it would be told of a changed certificate, so the user decides.
 */
export function loadOrMakeCert(dbPath: string, names: readonly string[], now = new Date()): ShareCert {
  const { certPath, keyPath } = certPaths(dbPath)
  const haveCert = existsSync(certPath)
  const haveKey = existsSync(keyPath)
  if (haveCert !== haveKey) {
    throw new AppError(
      'CERT_INVALID',
      `共享证书不完整:缺少 ${haveCert ? keyPath : certPath}。如要重新生成,请删除 ${haveCert ? certPath : keyPath} 后再启动(同事需重新确认新的证书指纹)。`,
    )
  }
  if (haveCert) {
    const cert = readFileSync(certPath, 'utf8')
    const key = readFileSync(keyPath, 'utf8')
    let fingerprint: string
    try {
      const x509 = new X509Certificate(cert)
      if (!x509.checkPrivateKey(createPrivateKey(key))) throw new Error('key does not match')
      fingerprint = x509.fingerprint256
    } catch {
      throw new AppError(
        'CERT_INVALID',
        `共享证书无法读取或与私钥不符:${certPath}。如要重新生成,请删除它和 ${keyPath} 后再启动(同事需重新确认新的证书指纹)。`,
      )
    }
    return { cert, key, fingerprint, certPath, keyPath, made: false }
  }
  const { cert, key } = makeCert(names, now)
  // Key first: a start that finds a certificate always finds its key.
  writePrivate(keyPath, key)
  writePrivate(certPath, cert)
  return { cert, key, fingerprint: new X509Certificate(cert).fingerprint256, certPath, keyPath, made: true }
}

/** Written whole (a temporary file renamed into place), for its owner only. */
function writePrivate(path: string, text: string) {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text, { mode: 0o600 })
  chmodSync(tmp, 0o600)
  renameSync(tmp, path)
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** A self-signed server certificate for `names`, valid for ten years from yesterday. */
export function makeCert(names: readonly string[], now = new Date()): { cert: string; key: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
  const forgeKey = forge.pki.privateKeyFromPem(key) as forge.pki.rsa.PrivateKey
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e)
  // Positive and unpredictable (RFC 5280: at most 20 bytes).
  cert.serialNumber = '01' + randomBytes(15).toString('hex')
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600_000)
  cert.validity.notAfter = new Date(now.getTime() + YEARS * 365 * 24 * 3600_000)
  const subject = [
    { shortName: 'CN', value: `BizLedger ${asciiName(hostname())}` },
    { shortName: 'O', value: 'BizLedger' },
  ]
  cert.setSubject(subject)
  cert.setIssuer(subject)
  const unique = [...new Set(names.map((n) => n.toLowerCase()).filter((n) => n && n !== '0.0.0.0' && n !== '::'))]
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: unique.map((n) => (IPV4.test(n) || n.includes(':') ? { type: 7, ip: n } : { type: 2, value: n })),
    },
  ])
  cert.sign(forgeKey, forge.md.sha256.create())
  return { cert: forge.pki.certificateToPem(cert), key }
}

function asciiName(name: string): string {
  return name.replace(/[^A-Za-z0-9.-]/g, '').slice(0, 50) || 'host'
}
