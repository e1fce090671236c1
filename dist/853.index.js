export const id = 853;
export const ids = [853];
export const modules = {

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkBucket: () => (/* binding */ checkBucket),
/* harmony export */   createS3Client: () => (/* binding */ createS3Client),
/* harmony export */   stagePackageInS3: () => (/* binding */ stagePackageInS3)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2358);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5504);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6264);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8098);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5028);
/* harmony import */ var _error_kinds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5921);









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
    log.info(`Uploading ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatMebibytes */ ._C)(pkg.size)} to ${location}`);
    const started = performance.now();
    const upload = new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__/* .Upload */ ._({
        client,
        params: {
            Bucket: target.bucket,
            Key: target.key,
            Body: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(pkg.path),
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
        log.info(`Uploaded ${((loaded / pkg.size) * 100).toFixed(0)} % (${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatMebibytes */ ._C)(loaded)}, ${rate.toFixed(1)} MiB/s)`);
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
    return (0,_error_kinds_js__WEBPACK_IMPORTED_MODULE_6__/* .isOutcomeUnknown */ .B1)(error) || (error instanceof Error && error.name === 'NoSuchUpload');
}
/**
 * The bucket exists, belongs to the expected owner and is in the function's region: read
 * before the plan (so a dry run fails where the real run would) and again before uploading.
 */
async function checkBucket(client, target) {
    let bucketRegion;
    try {
        const response = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.HeadBucketCommand({ Bucket: target.bucket, ExpectedBucketOwner: target.expectedOwner }));
        bucketRegion = response.BucketRegion;
    }
    catch (error) {
        bucketRegion = redirectRegion(error);
        if (bucketRegion === undefined) {
            throw s3Failure(error, target, `use bucket '${target.bucket}'`, 's3:ListBucket');
        }
    }
    if (bucketRegion !== undefined && bucketRegion !== target.region) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployError */ .sH(`Bucket '${target.bucket}' is in ${bucketRegion}, but the function is in ${target.region}: ` +
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
        const head = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.HeadObjectCommand({
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
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeAwsError */ .Pp)(error, {
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
function createS3Client(region, requestTimeoutSeconds = _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REQUEST_TIMEOUT_SECONDS */ .il, env = process.env) {
    const customEndpoint = Boolean(env['AWS_ENDPOINT_URL_S3'] ?? env['AWS_ENDPOINT_URL']);
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.S3Client({
        ...(0,_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .clientOptions */ .s1)(region, requestTimeoutSeconds),
        forcePathStyle: customEndpoint,
    });
}


/***/ })

};
