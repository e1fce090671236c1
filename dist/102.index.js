export const id = 102;
export const ids = [102];
export const modules = {

/***/ 1102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EcrImages: () => (/* binding */ EcrImages),
/* harmony export */   createEcrClient: () => (/* binding */ createEcrClient)
/* harmony export */ });
/* unused harmony exports MEDIA_TYPES, parseEcrUri, lambdaArchitecture */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8249);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8098);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5028);




const MEDIA_TYPES = {
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
};
const ECR_URI = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;
/** The registry, region, repository and tag or digest of an ECR image URI; undefined for another registry. */
function parseEcrUri(uri) {
    const match = ECR_URI.exec(uri);
    if (match === null)
        return undefined;
    const [, registryId, region, repository, tag, digest] = match;
    if (registryId === undefined || region === undefined || repository === undefined)
        return undefined;
    if (digest === undefined && tag === undefined)
        return undefined;
    return {
        registryId,
        region,
        repository,
        imageId: digest !== undefined ? { imageDigest: digest } : { imageTag: tag ?? 'latest' },
    };
}
const fetchText = async (url, timeoutSeconds) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    if (!response.ok)
        throw new Error(`HTTP ${response.status} for the image's config blob`);
    return response.text();
};
/**
 * Reads an image's manifest (and its config's architecture) from ECR, with read-only calls.
 * Where ECR cannot be read, the run is told so and goes on: Lambda checks the image itself.
 */
class EcrImages {
    clientFor;
    log;
    requestTimeoutSeconds;
    fetchBlob;
    constructor(clientFor, log, requestTimeoutSeconds, fetchBlob = fetchText) {
        this.clientFor = clientFor;
        this.log = log;
        this.requestTimeoutSeconds = requestTimeoutSeconds;
        this.fetchBlob = fetchBlob;
    }
    async inspect(uri) {
        const ref = parseEcrUri(uri);
        if (ref === undefined) {
            this.log.warning(`image-uri: '${uri}' is not an ECR image URI, so its manifest was not checked before the deploy`);
            return undefined;
        }
        const client = this.clientFor(ref.region);
        let manifest;
        try {
            const answer = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .BatchGetImageCommand */ .P8n({
                registryId: ref.registryId,
                repositoryName: ref.repository,
                imageIds: [ref.imageId],
                acceptedMediaTypes: Object.values(MEDIA_TYPES),
            }));
            const image = answer.images?.[0];
            if (image?.imageManifest === undefined) {
                const failure = answer.failures?.[0];
                if (failure?.failureCode === 'ImageNotFound') {
                    throw imageMissing(uri, `${failure.failureCode}: ${failure.failureReason ?? ''}`);
                }
                this.warnUnchecked(uri, `ECR did not give its manifest (${failure?.failureCode ?? 'no image'}: ${failure?.failureReason ?? 'no reason given'})`);
                return undefined;
            }
            manifest = { text: image.imageManifest, mediaType: image.imageManifestMediaType };
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
                throw error;
            if (/RepositoryNotFound/.test((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(error))) {
                throw imageMissing(uri, (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(error));
            }
            this.warnUnchecked(uri, `ECR could not be read (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(error)})` +
                (/AccessDenied/.test((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(error)) ? '; the check needs ecr:BatchGetImage' : ''));
            return undefined;
        }
        let parsed;
        try {
            parsed = JSON.parse(manifest.text);
        }
        catch {
            this.warnUnchecked(uri, 'its manifest is not JSON');
            return undefined;
        }
        const mediaType = manifest.mediaType ?? parsed.mediaType ?? '';
        if (mediaType === MEDIA_TYPES.dockerList || mediaType === MEDIA_TYPES.ociIndex) {
            return {
                kind: 'index',
                mediaType,
                platforms: (parsed.manifests ?? []).map((entry) => `${entry.platform?.os ?? 'unknown'}/${entry.platform?.architecture ?? 'unknown'}`),
            };
        }
        return { kind: 'image', mediaType, architecture: await this.architecture(uri, ref, parsed) };
    }
    /** The config blob's architecture, in Lambda's words; undefined (with a warning) when unread. */
    async architecture(uri, ref, manifest) {
        const digest = manifest.config?.digest;
        if (digest === undefined) {
            this.warnUnchecked(uri, 'its manifest names no config', 'architecture');
            return undefined;
        }
        try {
            const answer = await this.clientFor(ref.region).send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .GetDownloadUrlForLayerCommand */ .pKL({
                registryId: ref.registryId,
                repositoryName: ref.repository,
                layerDigest: digest,
            }));
            if (answer.downloadUrl === undefined)
                throw new Error('ECR gave no download URL');
            const config = JSON.parse(await this.fetchBlob(answer.downloadUrl, this.requestTimeoutSeconds));
            if (typeof config.architecture !== 'string')
                throw new Error('the config names no architecture');
            return lambdaArchitecture(config.architecture);
        }
        catch (error) {
            this.warnUnchecked(uri, `its config could not be read (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(error) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})` +
                (/AccessDenied/.test((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefReason */ .DM)(error))
                    ? '; the check needs ecr:GetDownloadUrlForLayer'
                    : ''), 'architecture');
            return undefined;
        }
    }
    warnUnchecked(uri, why, what = 'manifest') {
        this.log.warning(`image-uri: the image's ${what} was not checked before the deploy: ${why}. Lambda checks ${uri} itself.`);
    }
}
/** ECR said the image or its repository does not exist: Lambda would refuse it too. */
function imageMissing(uri, said) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image-uri', `'${uri}' does not exist in ECR (${said.trim().replace(/:$/, '')}); nothing was changed. ` +
        'Check the tag or digest, the repository and the region, and that the image was pushed');
}
/** amd64 is Lambda's x86_64; arm64 is arm64; any other is named as the image names it. */
function lambdaArchitecture(architecture) {
    if (architecture === 'amd64' || architecture === 'x86_64')
        return 'x86_64';
    if (architecture === 'arm64' || architecture === 'aarch64')
        return 'arm64';
    return architecture;
}
/** For reading an image's manifest; the region is the image's (its URI names it). */
function createEcrClient(region, requestTimeoutSeconds) {
    return (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .createClient */ .UU)(_aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .ECRClient */ .S70, region, requestTimeoutSeconds);
}


/***/ })

};
