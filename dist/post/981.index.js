export const id = 981;
export const ids = [981];
export const modules = {

/***/ 4981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  stagePackageInS3: () => (/* binding */ stagePackageInS3)
});

// UNUSED EXPORTS: createS3Client

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(2358);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs.ts + 23 modules
var inputs = __webpack_require__(451);
;// CONCATENATED MODULE: ./src/format.ts
/** Byte counts and durations as people read them in logs and the job summary. */
function formatBytes(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    // 1023.95 and up would print as 1024.0 of the smaller unit.
    while (value >= 1023.95 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    const exact = formatCount(bytes);
    return unit === 0
        ? `${exact} bytes`
        : `${value.toFixed(1)} ${units[unit] ?? ''} (${exact} bytes)`;
}
/** A short size, for progress lines: "12.3 MiB". */
function formatMebibytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function formatCount(count) {
    return count.toLocaleString('en-US');
}
function formatSeconds(seconds) {
    const milliseconds = Math.round(seconds * 1000);
    return milliseconds < 1000 ? `${milliseconds} ms` : `${seconds.toFixed(1)} s`;
}

// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5028);
// EXTERNAL MODULE: ./src/aws/error-kinds.ts
var error_kinds = __webpack_require__(5921);
;// CONCATENATED MODULE: ./src/aws/s3-package-store.ts









const PART_SIZE_BYTES = 8 * 1024 * 1024;
const PARTS_IN_PARALLEL = 8;
const PROGRESS_INTERVAL_MS = 5_000;
/**
 * Puts the package in S3 under its content-addressed key, unless it is there already.
 * Never creates the bucket. A failed multipart upload is aborted, leaving no parts behind.
 */
async function stagePackageInS3(client, target, pkg, log) {
    await checkBucket(client, target);
    const location = `s3://${target.bucket}/${target.key}`;
    const existing = await findObject(client, target, log);
    if (existing !== undefined) {
        log.info(`${location} already holds this package (same SHA-256): not uploaded again`);
        return staged(target, existing.versionId, false, 0);
    }
    log.info(`Uploading ${formatMebibytes(pkg.size)} to ${location}`);
    const started = performance.now();
    const upload = new lib_storage_dist_cjs/* Upload */._({
        client,
        params: {
            Bucket: target.bucket,
            Key: target.key,
            Body: (0,external_node_fs_.createReadStream)(pkg.path),
            ContentLength: pkg.size,
            ContentType: 'application/zip',
            ExpectedBucketOwner: target.expectedOwner,
        },
        partSize: PART_SIZE_BYTES,
        queueSize: PARTS_IN_PARALLEL,
        leavePartsOnError: false,
    });
    let lastLog = started;
    upload.on('httpUploadProgress', ({ loaded = 0 }) => {
        const now = performance.now();
        if (now - lastLog < PROGRESS_INTERVAL_MS)
            return;
        lastLog = now;
        const rate = loaded / 1024 / 1024 / ((now - started) / 1000);
        log.info(`Uploaded ${((loaded / pkg.size) * 100).toFixed(0)} % (${formatMebibytes(loaded)}, ${rate.toFixed(1)} MiB/s)`);
    });
    try {
        const result = await upload.done();
        return staged(target, result.VersionId, true, (performance.now() - started) / 1000);
    }
    catch (error) {
        // A resent CompleteMultipartUpload whose first answer was lost finds its upload gone.
        const landed = mayHaveLanded(error) ? await findObject(client, target, log) : undefined;
        if (landed !== undefined && landed.size === pkg.size) {
            log.info(`${location} holds the package, though S3's answer was lost: carrying on`);
            return staged(target, landed.versionId, true, (performance.now() - started) / 1000);
        }
        throw s3Failure(error, target, `upload the package to ${location}`, 's3:PutObject');
    }
}
function mayHaveLanded(error) {
    return (0,error_kinds/* isOutcomeUnknown */.B1)(error) || (error instanceof Error && error.name === 'NoSuchUpload');
}
async function checkBucket(client, target) {
    let bucketRegion;
    try {
        const response = await client.send(new dist_cjs.HeadBucketCommand({ Bucket: target.bucket, ExpectedBucketOwner: target.expectedOwner }));
        bucketRegion = response.BucketRegion;
    }
    catch (error) {
        bucketRegion = redirectRegion(error);
        if (bucketRegion === undefined) {
            throw s3Failure(error, target, `use bucket '${target.bucket}'`, 's3:ListBucket');
        }
    }
    if (bucketRegion !== undefined && bucketRegion !== target.region) {
        throw new errors/* DeployError */.sH(`Bucket '${target.bucket}' is in ${bucketRegion}, but the function is in ${target.region}: ` +
            "Lambda takes a package only from a bucket in the function's region. Set s3-bucket to one there.");
    }
}
/** A bucket in another region answers 301 (or 400) with its region in a header. */
function redirectRegion(error) {
    const response = error.$response;
    const status = response?.statusCode;
    return status === 301 || status === 400 ? response?.headers?.['x-amz-bucket-region'] : undefined;
}
async function findObject(client, target, log) {
    try {
        const head = await client.send(new dist_cjs.HeadObjectCommand({
            Bucket: target.bucket,
            Key: target.key,
            ExpectedBucketOwner: target.expectedOwner,
        }));
        return { versionId: head.VersionId, size: head.ContentLength };
    }
    catch (error) {
        const status = error.$metadata?.httpStatusCode;
        if (status === 404)
            return undefined;
        if (status === 403) {
            // Without s3:ListBucket, S3 answers 403 for a missing key; uploading the same bytes again is harmless.
            log.info('Could not tell whether the package is in S3 already (403); uploading it');
            return undefined;
        }
        throw s3Failure(error, target, `look for s3://${target.bucket}/${target.key}`, 's3:GetObject');
    }
}
function staged(target, versionId, uploaded, seconds) {
    const version = versionId === undefined || versionId === 'null' ? undefined : versionId;
    const uri = `s3://${target.bucket}/${target.key}`;
    return {
        bucket: target.bucket,
        key: target.key,
        versionId: version,
        uploaded,
        seconds,
        uri: version === undefined ? uri : `${uri}?versionId=${encodeURIComponent(version)}`,
    };
}
function s3Failure(error, target, action, permission) {
    const owner = target.expectedOwner === undefined ? '' : ` (expected owner: account ${target.expectedOwner})`;
    return (0,aws_errors/* describeAwsError */.Pp)(error, {
        action: `${action}${owner}`,
        permission,
        resource: `bucket '${target.bucket}'`,
        region: target.region,
        notFoundHint: 'This action never creates buckets: create it, or set s3-bucket to one that exists.',
    });
}
/**
 * An emulator (LocalStack, moto) at a custom endpoint serves buckets by path, not by
 * host name, so path style is used whenever an endpoint is configured.
 */
function createS3Client(region, requestTimeoutSeconds = DEFAULT_REQUEST_TIMEOUT_SECONDS, env = process.env) {
    const customEndpoint = Boolean(env['AWS_ENDPOINT_URL_S3'] ?? env['AWS_ENDPOINT_URL']);
    return new S3Client({
        ...clientOptions(region, requestTimeoutSeconds),
        forcePathStyle: customEndpoint,
    });
}


/***/ })

};
