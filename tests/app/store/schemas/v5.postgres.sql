--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

-- *not* creating schema, since initdb creates it


--
-- Name: SCHEMA public; Type: COMMENT; Schema: -; Owner: -
--



SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attachment (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    kind character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    mime character varying(255) NOT NULL,
    size integer NOT NULL,
    pages integer,
    blob_id character varying(64) NOT NULL,
    step_no integer,
    created_by_id integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: attachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.attachment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: attachment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.attachment_id_seq OWNED BY public.attachment.id;


--
-- Name: audit_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entry (
    id integer NOT NULL,
    seq integer NOT NULL,
    at timestamp without time zone NOT NULL,
    actor character varying(255),
    action character varying(255) NOT NULL,
    complaint_id integer,
    detail text NOT NULL,
    prev_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL
);


--
-- Name: audit_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_entry_id_seq OWNED BY public.audit_entry.id;


--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_head (
    id integer NOT NULL,
    seq integer NOT NULL,
    last_hash character varying(64) NOT NULL
);


--
-- Name: audit_head_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_head_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_head_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_head_id_seq OWNED BY public.audit_head.id;


--
-- Name: blob; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.blob (
    sha256 character varying(64) NOT NULL,
    size integer NOT NULL,
    data bytea NOT NULL
);


--
-- Name: calendar_day; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_day (
    id integer NOT NULL,
    day date NOT NULL,
    origin character varying(255) NOT NULL,
    kind character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    source character varying(255) NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    updated_by character varying(255)
);


--
-- Name: calendar_day_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.calendar_day_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: calendar_day_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.calendar_day_id_seq OWNED BY public.calendar_day.id;


--
-- Name: calendar_year; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_year (
    year integer NOT NULL,
    source character varying(255) NOT NULL,
    loaded_at timestamp without time zone NOT NULL,
    revision integer NOT NULL
);


--
-- Name: complaint; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.complaint (
    id integer NOT NULL,
    register_no character varying(255) NOT NULL,
    received_at timestamp without time zone NOT NULL,
    channel character varying(255) NOT NULL,
    pelapor_id integer NOT NULL,
    subject_kind character varying(255) NOT NULL,
    subject_name character varying(255) NOT NULL,
    category character varying(255) NOT NULL,
    tier character varying(255) NOT NULL,
    summary character varying(500) NOT NULL,
    description text NOT NULL,
    confidentiality character varying(255) NOT NULL,
    lapor_ticket character varying(255),
    search_text text,
    search_private text,
    sop_version_id integer NOT NULL,
    current_step integer,
    current_lane character varying(255),
    current_pass integer NOT NULL,
    status character varying(255) NOT NULL,
    step_started_at timestamp without time zone,
    step_due_at timestamp without time zone,
    due_at timestamp without time zone,
    held_minutes real NOT NULL,
    closed_at timestamp without time zone,
    created_by_id integer,
    row_version integer NOT NULL
);


--
-- Name: complaint_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.complaint_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: complaint_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.complaint_id_seq OWNED BY public.complaint.id;


--
-- Name: counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counter (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    year integer NOT NULL,
    value integer NOT NULL
);


--
-- Name: counter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.counter_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: counter_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.counter_id_seq OWNED BY public.counter.id;


--
-- Name: document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    doc_type character varying(255) NOT NULL,
    number character varying(255),
    version integer NOT NULL,
    step_no integer,
    blob_id character varying(64),
    signed_attachment_id integer,
    created_by_id integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: document_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.document_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: document_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.document_id_seq OWNED BY public.document.id;


--
-- Name: hold; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hold (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    step_no integer NOT NULL,
    reason text NOT NULL,
    started_at timestamp without time zone NOT NULL,
    started_by_id integer,
    ended_at timestamp without time zone,
    ended_by_id integer,
    working_minutes real
);


--
-- Name: hold_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.hold_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hold_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.hold_id_seq OWNED BY public.hold.id;


--
-- Name: pelapor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pelapor (
    id integer NOT NULL,
    name character varying(255),
    nik character varying(255),
    address text,
    phone character varying(255),
    email character varying(255),
    anonymous boolean NOT NULL
);


--
-- Name: pelapor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.pelapor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pelapor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.pelapor_id_seq OWNED BY public.pelapor.id;


--
-- Name: schema_info; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_info (
    id integer NOT NULL,
    version integer NOT NULL,
    app_version character varying(255) NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: schema_info_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.schema_info_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: schema_info_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.schema_info_id_seq OWNED BY public.schema_info.id;


--
-- Name: setting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.setting (
    key character varying(255) NOT NULL,
    value text NOT NULL
);


--
-- Name: sop_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sop_version (
    id integer NOT NULL,
    key character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    number character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    text text NOT NULL,
    loaded_at timestamp without time zone NOT NULL
);


--
-- Name: sop_version_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sop_version_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sop_version_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sop_version_id_seq OWNED BY public.sop_version.id;


--
-- Name: step_record; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.step_record (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    seq integer NOT NULL,
    step_no integer NOT NULL,
    lane character varying(255) NOT NULL,
    pass_no integer NOT NULL,
    started_at timestamp without time zone NOT NULL,
    ended_at timestamp without time zone,
    actor_id integer,
    outcome character varying(255),
    note text,
    kelengkapan_waiver text,
    override_reason text,
    working_minutes real,
    standard_minutes integer NOT NULL
);


--
-- Name: step_record_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.step_record_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: step_record_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.step_record_id_seq OWNED BY public.step_record.id;


--
-- Name: step_tally; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.step_tally (
    id integer NOT NULL,
    month character varying(7) NOT NULL,
    step_no integer NOT NULL,
    actor_id integer NOT NULL,
    minutes integer NOT NULL,
    passes integer NOT NULL,
    within integer NOT NULL,
    returned integer NOT NULL
);


--
-- Name: step_tally_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.step_tally_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: step_tally_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.step_tally_id_seq OWNED BY public.step_tally.id;


--
-- Name: user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."user" (
    id integer NOT NULL,
    username character varying(255) NOT NULL,
    full_name character varying(255) NOT NULL,
    nip character varying(255),
    jabatan character varying(255),
    password_hash character varying(255) NOT NULL,
    is_admin boolean NOT NULL,
    active boolean NOT NULL,
    failed_logins integer NOT NULL,
    locked_until timestamp without time zone,
    last_login timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    row_version integer NOT NULL
);


--
-- Name: user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_id_seq OWNED BY public."user".id;


--
-- Name: user_lane; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_lane (
    id integer NOT NULL,
    user_id integer NOT NULL,
    lane character varying(255) NOT NULL
);


--
-- Name: user_lane_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_lane_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_lane_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_lane_id_seq OWNED BY public.user_lane.id;


--
-- Name: attachment id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment ALTER COLUMN id SET DEFAULT nextval('public.attachment_id_seq'::regclass);


--
-- Name: audit_entry id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entry ALTER COLUMN id SET DEFAULT nextval('public.audit_entry_id_seq'::regclass);


--
-- Name: audit_head id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head ALTER COLUMN id SET DEFAULT nextval('public.audit_head_id_seq'::regclass);


--
-- Name: calendar_day id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_day ALTER COLUMN id SET DEFAULT nextval('public.calendar_day_id_seq'::regclass);


--
-- Name: complaint id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint ALTER COLUMN id SET DEFAULT nextval('public.complaint_id_seq'::regclass);


--
-- Name: counter id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter ALTER COLUMN id SET DEFAULT nextval('public.counter_id_seq'::regclass);


--
-- Name: document id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document ALTER COLUMN id SET DEFAULT nextval('public.document_id_seq'::regclass);


--
-- Name: hold id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold ALTER COLUMN id SET DEFAULT nextval('public.hold_id_seq'::regclass);


--
-- Name: pelapor id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pelapor ALTER COLUMN id SET DEFAULT nextval('public.pelapor_id_seq'::regclass);


--
-- Name: schema_info id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_info ALTER COLUMN id SET DEFAULT nextval('public.schema_info_id_seq'::regclass);


--
-- Name: sop_version id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sop_version ALTER COLUMN id SET DEFAULT nextval('public.sop_version_id_seq'::regclass);


--
-- Name: step_record id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_record ALTER COLUMN id SET DEFAULT nextval('public.step_record_id_seq'::regclass);


--
-- Name: step_tally id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_tally ALTER COLUMN id SET DEFAULT nextval('public.step_tally_id_seq'::regclass);


--
-- Name: user id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user" ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);


--
-- Name: user_lane id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_lane ALTER COLUMN id SET DEFAULT nextval('public.user_lane_id_seq'::regclass);


--
-- Data for Name: attachment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (1, 1, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-10-15 09:19:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (2, 2, 'surat', 'surat-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-10-05 07:59:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (3, 2, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-10-08 08:04:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (4, 3, 'surat', 'surat-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-10-08 10:34:39');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (5, 3, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-10-12 11:05:39');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (6, 4, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-10-21 14:19:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (7, 5, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-10-30 13:14:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (8, 7, 'surat', 'surat-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-11-20 09:34:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (9, 7, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-11-25 09:15:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (10, 8, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-11-25 08:26:00');


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (1, 1, '2026-11-27 10:00:00', 'cli', 'kalender.ubah', NULL, '{"jenis": "libur", "nama": "Cuti kantor (snapshot)", "sebelumnya": null, "sumber": "snapshot", "tanggal": "2026-06-15", "tenggat_digeser": 0}', '0000000000000000000000000000000000000000000000000000000000000000', '4b6ad84a86b2da8a6b0b88d984f1bb47a9304a3e5536af2336e27bdc7f0d71bc');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (2, 2, '2026-11-27 10:00:00', 'cli', 'kalender.ubah', NULL, '{"jenis": "kerja", "nama": "Hari kerja pengganti (snapshot)", "sebelumnya": null, "sumber": "snapshot", "tanggal": "2026-09-19", "tenggat_digeser": 0}', '4b6ad84a86b2da8a6b0b88d984f1bb47a9304a3e5536af2336e27bdc7f0d71bc', '1e176660b9a8d90763952c737109bac792c10656b421e15dad4e7218c70aa6f7');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (3, 3, '2026-11-27 10:00:00', 'cli', 'pengaturan.ubah', NULL, '{"baru": "(0717) 438000", "kunci": "office_phone", "lama": null}', '1e176660b9a8d90763952c737109bac792c10656b421e15dad4e7218c70aa6f7', '157f1b684549791e98d6559cf042999329d1ee33bc473bd32f994131583985a8');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (4, 4, '2026-11-27 10:00:00', 'cli', 'pengaturan.ubah', NULL, '{"baru": 2, "kunci": "due_soon_days", "lama": null}', '157f1b684549791e98d6559cf042999329d1ee33bc473bd32f994131583985a8', 'a3ef6164af23a95b2ec11669fec982fbfe482e802f618642d4eebe206b4c4b2f');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (5, 5, '2026-11-27 10:00:00', 'persiapan-awal', 'sop.adopsi', NULL, '{"baru": "3dcd8e4525823d92", "berkas": "/tmp/schema-snapshots-09q87osg/v5/resources/sop/layanan_pengaduan.toml", "komputer": "vm", "lama": null, "nama": "LAYANAN PENGADUAN MASYARAKAT", "nomor": "W.7-OT.01.02-566", "sumber": "bawaan"}', 'a3ef6164af23a95b2ec11669fec982fbfe482e802f618642d4eebe206b4c4b2f', 'a7537befc51beda1b137045342ab5be15c8d8b89f1232cabf878fa57130ece8f');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (6, 6, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Kantor Wilayah", "nip": "199110291991021407", "pengguna": "kakanwil", "peran": ["kakanwil"]}', 'a7537befc51beda1b137045342ab5be15c8d8b89f1232cabf878fa57130ece8f', 'd9f999754a3b0fc7b869bd82ebc02ff2f55c42607a7f8d97b35552a2a0b4b5a1');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (7, 7, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Divisi Administrasi", "nip": "196806132013111541", "pengguna": "kadiv", "peran": ["kadiv"]}', 'd9f999754a3b0fc7b869bd82ebc02ff2f55c42607a7f8d97b35552a2a0b4b5a1', 'df5c0b37027ebe64770187a974f2c148a2466664e444fdd7577cbc5b7c217bae');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (8, 8, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Bagian Program dan Pelaporan", "nip": "197601261991101401", "pengguna": "kabag_p2", "peran": ["kabag_p2"]}', 'df5c0b37027ebe64770187a974f2c148a2466664e444fdd7577cbc5b7c217bae', 'e25889e7620ee1f4390375fe026b7ab51097bf1c22918a2b9927be51e370bd29');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (9, 9, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Subbagian Pelaporan, Humas dan TI", "nip": "198409011994031091", "pengguna": "kasubag_pphti", "peran": ["kasubag_pphti"]}', 'e25889e7620ee1f4390375fe026b7ab51097bf1c22918a2b9927be51e370bd29', '9890ab0b9610a4d2ae6aee667e057bbe690dfaf04351cbd1bf9c530365694046');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (10, 10, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Divisi Pemasyarakatan", "nip": "199001272008081598", "pengguna": "divisi_terkait", "peran": ["divisi_terkait"]}', '9890ab0b9610a4d2ae6aee667e057bbe690dfaf04351cbd1bf9c530365694046', '7c73284c9cb7460cbf81872957c43b398895bbc007215b709cb60cc3f1be128c');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (11, 11, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Pranata Komputer", "nip": "198705012005101973", "pengguna": "admin", "peran": ["administrator"]}', '7c73284c9cb7460cbf81872957c43b398895bbc007215b709cb60cc3f1be128c', 'dda653822e2fac7ace0e688cc972bae5a004c0bb9e51095e2deedc93ae9125eb');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (12, 12, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 1, '{"nomor": "0001/PENGADUAN/X/2026"}', 'dda653822e2fac7ace0e688cc972bae5a004c0bb9e51095e2deedc93ae9125eb', '7fdae3b326551ee526fbc911779d9044f7540b820bf00c6c08da3a63a633685c');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (13, 13, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 2, '{"nomor": "0002/PENGADUAN/X/2026"}', '7fdae3b326551ee526fbc911779d9044f7540b820bf00c6c08da3a63a633685c', 'a078b8779a62b6f41d88b033c7b60a947e388f4ac613389dda6e0f043cf516c4');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (14, 14, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 3, '{"nomor": "0003/PENGADUAN/X/2026"}', 'a078b8779a62b6f41d88b033c7b60a947e388f4ac613389dda6e0f043cf516c4', '59f9f636239dfa74167cb19c1bc309826434d3389a721387b343bfcb278f1e08');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (15, 15, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 4, '{"nomor": "0004/PENGADUAN/X/2026"}', '59f9f636239dfa74167cb19c1bc309826434d3389a721387b343bfcb278f1e08', 'c67271fa558f08b5b59301fc07ff69aed23816591bb9f24ca6d47c120bd13ba2');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (16, 16, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 5, '{"nomor": "0005/PENGADUAN/X/2026"}', 'c67271fa558f08b5b59301fc07ff69aed23816591bb9f24ca6d47c120bd13ba2', 'a213334711490af6060fd01c6b3c817a901313cf586c189ad174d6e6fe22c620');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (17, 17, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 6, '{"nomor": "0006/PENGADUAN/XI/2026"}', 'a213334711490af6060fd01c6b3c817a901313cf586c189ad174d6e6fe22c620', '81f0f718589a76edbd690ca37f77a74fe0b5947a2ead847026faa8d7a9049679');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (18, 18, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 7, '{"nomor": "0007/PENGADUAN/XI/2026"}', '81f0f718589a76edbd690ca37f77a74fe0b5947a2ead847026faa8d7a9049679', '37c168f439d7ddb79e23cbfa1454b1fc54dc6f4246e9032f59f2f2e1c281eba2');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (19, 19, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 8, '{"nomor": "0008/PENGADUAN/XI/2026"}', '37c168f439d7ddb79e23cbfa1454b1fc54dc6f4246e9032f59f2f2e1c281eba2', '1d410b37aeffef6961f4b6b9cd361a184c546caca336ccf0701b12f7f043d1ae');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (20, 20, '2026-11-27 10:00:00', 'kasubag_pphti', 'dokumen.buat', 6, '{"jenis": "tanda_terima", "langkah": 5, "nomor": "0001/TT-PENGADUAN/XI/2026", "pelapor_dirahasiakan": false, "sha256": "8909c3a2079349355ca36b70c66a13f39b2f1948564c0e8502d8d7aad7ab1501", "versi": 1}', '1d410b37aeffef6961f4b6b9cd361a184c546caca336ccf0701b12f7f043d1ae', '49b1d32f2d0a0b34932414c1c929e586700562cb3c4519a42a580bbf6eea71fd');


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head (id, seq, last_hash) VALUES (1, 20, '49b1d32f2d0a0b34932414c1c929e586700562cb3c4519a42a580bbf6eea71fd');


--
-- Data for Name: blob; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.blob (sha256, size, data) VALUES ('fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 324, '\x255044462d312e340a312030206f626a0a3c3c2f547970652f436174616c6f672f50616765732032203020523e3e0a656e646f626a0a322030206f626a0a3c3c2f547970652f50616765732f4b6964735b33203020525d2f436f756e7420313e3e0a656e646f626a0a332030206f626a0a3c3c2f547970652f506167652f506172656e742032203020522f4d65646961426f785b30203020353935203834325d2f5265736f75726365733c3c3e3e3e3e0a656e646f626a0a787265660a3020340a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303534203030303030206e200a30303030303030313035203030303030206e200a747261696c65720a3c3c2f53697a6520342f526f6f742031203020523e3e0a7374617274787265660a3138340a2525454f460a');
INSERT INTO public.blob (sha256, size, data) VALUES ('8909c3a2079349355ca36b70c66a13f39b2f1948564c0e8502d8d7aad7ab1501', 38573, '\x504b030414000000080000507b5d893de165a10100004a070000130000005b436f6e74656e745f54797065735d2e786d6cb5954d6fd3401086effc0acb171f90bd290784509c1ea01ca1124170ddec8ee36df74b3b93b6f9f7cc3a8d85dab44e497b89e4ccbceff3f84b9e9fdf395bdc4042137c5b9d35b3aa00af82367edd56bf96dfea4f558124bd96367868ab2d6075be78375f6e2360c1618f6dd913c5cf42a0eac1496c4204cf932e2427890fd35a44a9aee51ac487d9eca350c11378aa2977948bf957e8e4c6527171c77f0f22e5558475597cd92d66565b1a970b868138984960f14146c6688d92c47371e3f503b3fadeaae1e4b083bd89f89e179e20e4c9d380fbdc0fbe9ac968282e65a2efd2f196501ba4e0fe382b0c81bb4c21e259f37cdb01ddd07546810e6ae338d28ca5b90f121918dd0f39706e000ba69ccc867c5134e83abe8cad428297c3f7f729a78f24de86a4c5a87beae9e636e62a40e417c3d9669c3869fca447c7e4a55cd9ff38f52991b17a52a207a9219dfed83d52d8154ff2fdc6ad2071e4f50dc6ea49090422dec3d777d8374f2bd0d6c25b080cbd47e27f1bea2fba0e141d63e2b0ced9e651769246fc4580ddefe94fde503389bc85d5cf37bbcbff94ef45c4f0295cfc05504b030414000000080000507b5d79264b40f8000000de0200000b0000005f72656c732f2e72656c73ad92cd4a03311080ef3e45c825a76eb65544a4d95e44e84da43ec098cceea66e7e48a6dabebd51445d5816c11ee7efe36366d69ba31bd82ba66c83576259d582a1d7c158df29f1b4bb5fdc089609bc81217854e284596c9a8bf5230e406526f7366656203e2bde13c55b29b3eed141ae42445f2a6d480ea884a99311f40b742857757d2dd36f066f464cb6358aa7adb9e46c778af83fb67448608040ea90701153994e64311738a40e497113f44349e7cf8eaa90b99c16bafabb50685babf12ee883434f535e7824f406cdbc12c43867b43ca7d1b8e347e62d2423cd577ace6675de83517f70cf1eec30b197ef5ab58fd87d08c9d15b36ef504b030414000000080000507b5db28acef6890100003e03000011000000646f6350726f70732f636f72652e786d6c9d92df4bc33010c7dffd2bca5efad4a59d2052ba0c740c04858115c5b798dcbab8e60749b6daffde24dd3a873e0979e8dd7deecbf57b572dbe449b1cc058aee43c2da6799a80a48a71d9ccd3977a95dda689754432d22a09f3b4079b2ef0554575499581b5511a8ce360132f246d49f57cb2754e970859ba0541ecd413d21737ca08e27c681aa409dd9106d02ccf6f90004718710405c14c8f8a93a324a3a3a4de9b360a308aa00501d259544c0b74661d1861ff6c88951fa4e0aed7f0277a2a8ef497e523d875ddb4bb8ea89fbf406f4f8fcff157332e83551426b862b474dcb580ebe05d5283e182246b900d617b222b340201b5fb8f4fa00ec7f418f86f6a803865f065e3291bb6b083be538659147906961aae9ddfe6207691f0784bac7bf2ebdd706077fd4fdddfc5c01b38f0701bb888c4185647a787598025dea172f0f35479bdbe5fd6ab099ee5b39b2c2ffcabf3bc8cef3dcc76d17f1614c701fead781288f3532fde28d30ff6b444367b7f7898b3ec61190d1a53a1ce99bfa8d06c06f72ee25f278fbf01504b030414000000080000507b5df4dbdb17eb0100006c04000010000000646f6350726f70732f6170702e786d6c9d54cb6edb3010bcfb2b045d748a69074151189282d641d143dd1ab0929cb7d4ca224a9104b931e27e7df9881539862ff5893bb33bfbb4cafbd7416607b44e685515cbf9a2c85071dd0ab5af8ac7e6dbcde7227304aa05a91556c5115d715fcfcaadd5062d0974995750aeca7b22b362ccf11e0770734f2bcf74da0e40deb47ba6bb4e707cd0fc654045ec76b1f8c4f09550b5d8de9851304f8aab03fdaf68ab79a8cf3d3547e3f5ea5996950d0e460261fd3304cb79ab6928d98846174d201b3160bdf0cc68046a0b7b74f5b264e911a0676d5b173cd32340eb1e2c70f2d30cf8c40ae41763a4e0407ed0f54670ab9dee28db00178ab4ebb32053b2a95788f28ded90bf5841c7a0393503fd43288cc9d223956a616fc1f4119f5881dc7190b8f6b3a93b900e4bf60e04fa3b42d8fc16442ada43075a1d9093b699137fb1ca6ff3ec37380c93adf20358018af2e4fbe69db0139440691cd9ba11247dced13e45b1cbb0ab4ae22eac213daec62724961dfb621f1b2b6329ee57e7e743d75a5d4e5b8d159f351a117625e1857eb901e56f2705946b3d185047765ae21ff7681afd102ef16d31e7e0f9753d0bea7706387eb8b3091e97ed096cfdc98ccb1e81b86cdf97953ecd57df243b879c17557b6c4f9197c4db493fa54f47bdbc9b2ffc2f1ef0099bf9f31bffd5f5ec1f504b030414000000080000507b5d1d7301f3270700009c3b000011000000776f72642f646f63756d656e742e786d6ced5b5977da38147e9f5fa1e12533e724d806c2769ab42621094d423840a6d347610bd058967c64194a7ffd5c796169694296a6248507acf5ea2e9faeae2cf9ddfb2f3e431322432af8d19e9537f710e18e70291f1dedddf6cf0eaa7b285498bb98094e8ef66624dc7b7ffcc7bb69dd154ee413ae1050e0617d1a3847b9b15241dd3042674c7c1ce67dea48118aa1ca3bc237c470481d624c85748d826999712a90c2216108c39d603ec1612e25e78bcda8f9d8c99205d3ac429ef2398def391201e1503914d2c70ab272043da41705074033c08a0e28a36aa66995e7642647b948f27a4ae360ce87ee530706ea139f658dc55d6d1346d347d6436ec264d2e5345579cc9e21090386050fc73458e8edb1d4a0729c11b953e02561a781557a9ad14f259ec263417013f6dda493cf12ceefa668991b58449398f7d88485d531334e96c1377d9c6a96953b7a9a6ecfa588820535fa346a2deecd6981237808add446cba2854f63a637c6014c20dfa9b7465c483c60c011681c6944e68ec13b0d843bd34f3560e9a323d3c427048f59003d70a4440e7260723367e8eaff1cc84e303bca393033884c4aa1d3159e8948cd7b0ee917e22e2a85f0a06a4865a84e048b7c7e94b3725949574cd32cc38b7a332b88abe31c17170df0b4f3dc3f492eee1af364966cf35e8e8c5569cf25757572044f183b91d62a942a09a195e2f261a5bca6386b6dac1054c9084ef29f8ee72c94eb7ec1b96f479bd88c8ef8f72a36162482f82f49870176c0dad01e0fa1e59d5632e6bd92bf243d98ab2e6d9396c7ab564c1f380d2409899c90ac49422ce56a532117ba7b7921e3f6e1d7ac7da1bc89b0c797cdeb66bbdfecb6ec36bab8bdbcbd46dd66e7b671d5ba44adf6e94dbbd96bd931d3ab5af911f703020e92a4e07d36514a0985282be010856c269dddeedf74d1a7d695fdd9be409720da957d0ba236ecf6f9a58d1acdab56ffb67dfee212ae20725956abfa58593f628639ba22ca8329dbc38c8cd18d4b505bf842a252f1701f75301f799805944302158b9665bd05c1fb84914070f49759b12a7f83a855d334f7d119f642ea432437af28144dabfa1624bec23e987a800784e53d02e19b17f9f991c853771fc13a4a19f2309f5216b7f8b0da628dfc0f7271cbeb40e6c88c390d2359128cf99afb04cd3232544959d070135d0aa5849fd5ab31e5fd3175bc9e8f193bc78126167e8d158ba699d6e285d3114ce821e25f66ab98e87aa32d8c545a36c8b38126132d1bfdc59cea236697dd3eb5915e21ae6dd469b6cfed5370a0bf7a163d5c8ef6cd35ac04607ecbe8f70fe68218ffb620b62c949f5ba0a75bd82adc4bf4b975049e148f914b617cea63c47000613547b0f31961378214c4e8332cb18715727521471e81c6384e8664804798a201f4f622555fabd25d28be2e142f94cdea9a98bb502dae0bd0adaab920fcf0483c1becd1a1e8436078ffbc8ce3932e19d110467beaea946a6c3b445b37031eb69d58b2f4af17c7d47bf84d1ce76a2cf07aa1799a3ac21d28b717945619763813e2c3a283341c511079114366255f3461dfd778c3f0843d5e044bef0e9ddb8bce6be252aca3a6f00e27f2ea81d886ed28ea90385cdca1717bd1d88720bd23b1c2772d69af1e8d3603f9d40e87db8bc38f2c8f7a82785872812eb05218d6f03caa5afba84118e5b3e80dc3337d5bb9c3e7f6e2d3ac964cd3320b8562e5f00d23b1a9df14ef70b8bd385498972b1f1cc19518dff9e6fed543b143c7d843337d2c754ab11b79bb6dcd3603b31b05031c42347909417f885aadd5a3c5b70c542201aa3bafb9c5e00413f9942b0cf08cb44389b88abcf80c23929106ad243e0d297229fa7d71dca71e51a8d729b50faeecce4df7cf1da2b717d1076f18880dac60e675089fc1be28c474b7f06f3312ad4374460632c292eab7ed957b81a91f9b5c04d187ddcf24c4630ebe1b447a00c33800cd8ebfd79f5f3ff84a00e52e94690140caca8b4bb6ce773ccc1885d2774c0f841aff4ca66109f7883f48ae15c0ca1d27562e22b838d07710286c9166d8d305c975045f3b9241a474d1eac9b25eefb5afc9af55c8ee5ac2ba6b09a5c2612121b45a5cb56a0b12df5c40482deb60ae7a01a32a6d97197c0397978dfa6c2eefd173f7e5a6e967ed79ae3578251e0378f79fc7f9bca84e7e5b92df80e19110d8e87466c319b434417f7dd0b0b2a7da4785caea89fdcf46facf9aaa7190b09ba7af88e4f3ccd32ee0185d63c9e0b98f7af94be1af8f29b618c3ed56278fac5ab564d64ccbaad54a66d1326bebbe06f851381f124775240c2c43ea76f5d5eab39372ad7896cb8a3ac97debb2592e9e64853de81497164b65ab1c7fa23526d825b24b864412ee90853323431c319543b24e21b8912db796081b8c7a5f132f078cebef338106a4cbd562356b00c6d17444a0db144bf1e87434568b6c72911cf225ab925b0ecfe3202ae1e92857316b717426845aca8e22b56c3447b010cd6f9b57b24bbb8a2a463aa338ed0a4707497a1cca49872a07382e9633ef99a8324e261fac198bef6a8fff07504b030414000000080000507b5d6dc1c2143f0100004b0500001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73add4414f83301407f0bb9f8270e12485a9db34835dd464579dd16b575ea191b6a47d53f7edad6e0196cdc6438fef91feffbf14c262f925dbe8038c155a15499e6649048ae94aa8ba485ed68f97f324b24855455bada0487660936579b1788296a23b631bd1d9c885285bc40d62774788650d486a53dd81724fb83692a21b4d4d3acade690d6492655362c61971799419adaa2236abea2a8ed6bb0efe93ad39170cee35db4a5078a68258dcb5605d2235356011efe7d4e5c4e47cfdf51ff55230a3ade698322d0fcd3f8db3b38daf029b07ce81e149f9e891cf7113f41a00d1bddfb1e5b0f111a621099fb0793e518c963ec82c24846b856bba696160f42b1f621e1281eeec08f03bee97b9cf908734b0ad452ddf5c5bef48d3614b0482f46a2621356a2b3760dc973068fa950f711b12d100adc00c82fddc5f0239fa0796df504b030414000000080000507b5d25b312919d2f0000805605000f000000776f72642f7374796c65732e786d6ced5d5d93e246b27dbfbfa2a35ffce46d908400c7ce6e0092761c617bbd9eb1ef334d33d3ecd0d017688fed5f7f2521401f555255564aaa92b23bc29e165029e5579d935465fdfd9f7fbc6cef7e5f1f8e9bfdeedd37c3bf0dbeb95bef56fba7cdeef3bb6f7efd187c3bf9e6ee785aee9e96dbfd6efdee9b3fd7c76ffef98ffff9fbd7ef8ea73fb7ebe35df8f9ddf1bb97d5bbfbe7d3e9f5bb8787e3ea79fdb23cfe6dffbade852f7eda1f5e96a7f0cfc3e78797e5e1cbdbebb7abfdcbebf2b479dc6c37a73f1facc1c0bd4f8639888cb2fff469b35a7bfbd5dbcb7a778a3fff70586fc311f7bbe3f3e6f57819edabc8685ff787a7d7c37eb53e1ec3677ed99ec77b596e76d761864e61a097cdeab03fee3f9dfe163e4c7247f150e1c78783f85f2fdbfbbb97d577df7fdeed0fcbc7edfadd7d38d0fd3f42cd3ded57defad3f26d7b3a467f1e7e3e247f267fc5ff0bf6bbd3f1eeeb77cbe36ab3f9184a0d0778d98463bd9fed8e9bfbf095f5f2789a1d37cbf48b7e722d7afd397a23f393abe3297579be79dadc3f44428f7f852ffebedcbebbb7accb95c5317f6dbbdc7dbe5c5befbefdf543fa6652971ec371dfdd2f0fdf7e98451f7c489eed21ffc4aff9bf62c1afcbd52696b3fc745a877e119a251a74bb09bdf0de1abb973f7e798b54bb7c3bed1321af8990f4b00f05a587ee123acf87b30f87afae3ffdb05f7d593f7d38852fbcbb8f6585177ffdfee7c3667f08fdf4ddfd749a5cfcb07ed9bcdf3c3dad77efee879737ee9e374febff7d5eef7e3dae9f6ed7ff13c4be968cb8dabfed4ee7db8f6fe2f8e4ffb15abf469e1bbeba5b4636f929fac0367af7312527fef8dbe67637e70b39a9f1c5ffbb881c26f66249795e2fa318bf1b560a9ae208b298e34a0d61ab0fe1a80f31521fc2551f62ac3ec4447d88297c88d37e7576bef4c7ed69c5270a5e54f98982d3547ea2e023959f28b844e5270a1e50f98982c12b3f51b06fe5270ae62cfdc46a19ff5df8cc48d8073e6e4edb7565021a2aa6ba24eddffdbc3c2c3f1f96afcf77d1dc5a905232c287b7c793d8ad0ed56ef5c3e9b0df7dae1463596a62fc97d7e7e57173ac16a4a8fa8f11f0b9fbd761f354296ac49967f883ffbc5daed6cffbedd3fa70f771fdc749f6f33fedef3e9c5146b55dd5d4f0c3e6f3f3e9eec3739c342b85b91ca5578dffc3e678aa1e9cf32855830bd9d0e5f8257ff01fd74f9bb7978b6a04d0886b2b8ab0aa453840119101441e61a432bec0fdbbc0f1231b8bdcff58657c81fb9fa88c6f578f2f9d69bc90b78a85d7583a7617fbedfef0e96d2b9c1ec6d2117c1521f608d2417c1d5f28498ca52338933eef66ab55c8dc44fc54218f4a485148a812529433ab842ce5142b214b2dd74a08924ebabfac7fdf1c2ff856cabcc714d6acbc319ba301516cf19fb7fda91a985a8a2cfefbdd69bd3baeefc4a4d98ab03133df49d8586de29310a436034a08529b0a2504c1e7447121ea93a3842cb559524290da7429210867de14c05f08f3a68014847953400adabc29200b6ddeac9da3480852232b12827092b780209ce45d3b8f9110a49ebcab85e0256f015938c95b40104ef216108493bc05c82d42f216908290bc05a4a0256f015968c95b40164ef216108493bc0504e1246f014138c95b40104ef2aeb51a252e042f790bc8c249de02827092b780209ce4ed3492bc05a420246f012968c95b40165af216908593bc0504e1246f014138c95b40104ef216108493bc0504a927ef6a2178c95b40164ef216108493bc0504e124ef5123c95b400a42f216908296bc0564a1256f015938c95b40104ef216108493bc0504e1246f014138c95b40907af2ae168297bc0564e1246f014138c95b40104ef2761b49de02521092b78014b4e42d200b2d790bc8c249de02827092b780209ce42d200827790b08c249de0282d49377b510bce42d200b27790b08c249de0282a47343b4ce76bbbe135e9e3a445ad520be1e56757deff9017f597f5a1fd6bb95c04a0a458197279490a8b8b678bedf7fb9135bd86d731c4458d4e671bbd9c7cb6cfe2c8c3d2e5b96fcefc5ddfbf575b95d6ec57b41fcc3d7cc76a168d878f35bf8c6d39fafe178afe9d53e4fe7e5e6c9a2e1f88ddf3f5db7f5441f8e6ee22ed940955c8eef35911afffb700c432d79cf60102cdca91d9cdf55d820f5b8feb43fac13c525bba5e27f277ba59ceb1fecbd529c3d67efee6787cd792352bc932cf5f76db3d7f5d2ea78f923bec9d44e322731446ad7d8e6e9dbefbde4162e7bc2624555a8f6aaccc878eb434199cfe7cbb1bcc765e84dffdeb1f41caae2cbe5fa79a4c5f332f9d8cd172eef98267b20b27eca3092ef0e27f3ac914ecbc763f2ffcbfba2e419de63f8e7eb3ed499e34e928c987acf21427dd7b74c6d779028eb325e61775c8df6cedb732066b855a8d2e52a79d4d5dbf1b47f89c3271f172903e4cd797ee9ee669c9c4d938d1dd7b576f1b60e8e85abaccb33a5ac6706fbfd89e1999fce97653cf33c1279666b9e993240de9ce797543d33483945fd9e994c784366d63c6fbea872cfddfa8f9348428dc4943a2e60befbb25ebffe14ca7fb8fcf143e846c707f654e84cb29361fcb6fddb2972bd1f7edf5e050938df6503f5f2bf255bafa317b95baf339fbc6dbd8e2edfb65e3f9effbb383fd12a42dc97bbb4dd51308d5d33fe688cc6c3d88961f8ed724438224c1414c26272b992daca3d519d7d437d5b5c4fb2303dc912f0244606accfb9929de855ce3534c2b99c60329c7b3ce7cabb92cb702517c1956cae2bd998ae641bea4a56375c49d1491cae9338984ee20838c98dd66aeb33b6ae3eb339ffb70d0f1a713d6884e941a36e7890a38f0765bcc472ece0fc7d8d001e1a07087ee372fdc6c5f41bb71b7e33d2c76f4a724df35e34e67ad118d38bc6ddf022d7082f7206d16fde8b4ea12e6e3ef47113f57c9a63b8d084eb42134c179a74c385c6fab89002e71a30389760a5abd497a65c5f9a62fad2b41bbe34d1c79710d31196a3654aaa9c2fc09835d1bc0b727a3571dc6728e63efcfb3e45fd894aee39ee5f54facddd5dfc96aa1a6eb5839f1eb74961fe71fbfd2ef2efaf49edfc7ca74f7f2cef2f6f5cacb7db1f97e777ef5ff96fddae3f9dceaf0e0713c6eb8ffbd369ffc2ff7c5cece70ff090bd9987eb43f0f5bd7b7b795c1f92af5db95f94c66d4a8aea3eb72f51d4b46cb2fc697fe911c5b8a1cb4be5ee09fc5a17f0fd09ceb771d7ea7dfe89df5fbe28c0f84a2efe2aa27c5ae02b4b9f6a862e957a49035ba506b6900c6c75cdc08d55cb25cd69979ad34632a7dd3b734221f679fd53de1ee7ab18d83a1ea90c580f0780b9e775fe74c8e082f8ad515bec6431d75f110ebe3b4f52d1b7acb1dacf4a1351e565fcc21c670f4466b948d62ec2b26fcb6d32f36a83c9336e351c8713414117d19d5bdc49e0aa925b092de22e87ab8bdc2687eb9b183dba47166e7eb9391ad39955134b2a22f83eac675a31cde2ec4475ed6c9b37eff5058c747519ac346341d072c827ceffd86c8b5fbc272fea912054bef52a38cb7054c01a0e036b38b8b92063459ebfa86684acdff1dd44cfa4a0b195d9f11f51ea5bafc2bc5173ad0cab5241d15ab60308ea4d5cfe888a17d1668541f5d42ffbd0f3fdd39f71c3e8fcf3462f9c5b49573d6ada652fc3a12cd59ccd86dec42b2f090cadccc235f5c8ce3c015729aaa17d557b858e780a819ab9b84eedf648d52bd5584f50be240ddbd457649cac6aacb3fe937dc212bd613903bf4450933714979add9eaa7ab119eb11ca5795d518f8d7b9ee36430c1935872172cd21fbdc25dac4f2117edda1c2479015c49f4299332760be54f196f4b4699f57363c2f779fa383bcee9375fab8d368f48cc5dc9a34a9aff1d96dcb0da68352c8d0c8b3173349fcecd549a4be671f0e260d3dfcfc6dbb5db3fdfe2e79ad59355ca960f88fefaf6fcd71c1baf4c00983f38b8d47035b155633aae04445a28aa68383ad0abb6e55fc147fcfc9d644f29a0e7a1835a3074e749c5fac373aaca96b4f3d0155b8cda882131d892a6a8d0e61558ceb56c5221c6fb37b2b161d635d5c5f6d56173cb05d0456b5cca797a7e6c4cae5e5c6a3454c2db59469d26ae1c4cd552d4d478e985a623886ae971f97abc39e59bf7a895e29f2a8eb0750882a431b8ccdc49102a2bb8ef7098fc609ebe2bd6138bc7cb5c17dc7f8f27508ef1d963d702ade3161ec68cebcc376461577ea84b36b921fcf4f5db97779b17f3b6ccea43ad9bd7cb99210d12b40c35a8057c2ddb3ae90f79ff855945adfcd47a5a87bdab7da54273bf0ce87dfe49576be5a957e44be268b472a8b514b6ae374a2c092ef2406f10f7bb928aadbdd9e8ca93d556f4b9980af34231495d98398d7d5653d8f83b49ec7e106671239d9b5947a7ee5f678fe6f239b0b25ad382ab5e208c98aa32e58b1fead5992b6734b6de722d9ceed82ed9ade642769c971a925c748961c77dc92f81bdd24cd382935e304c98c932e98b19dcd6692f69c96da738a64cf6917eca9e1862f36415a2ce33e8b05abae92eb5092c458583462da4f75e7e0adac23dbb12c0b43e1113864ec011942f680dc96ed9d0e7bc6f6a5e4b25c8431d89505a0a46965411febdab335ff60d717941f4d6a0d3d834442c32869daca2e37644fe2c5283ba4c595551fecbaf61438a87b0ad81b7bad09a33e3bb5e32ec6f13ec7f35fd5a1ad07c32cd8acd44d5427d38c4356788754f037aacecc42e6ed9a9b40f25da855f3c810b96a37194c92651e55733e8851e57d8caba742f76ce5842bb505403377ba75d8e6f8d3ed0daa7ab2217a3a86b97f1b023486661683d1c0e168e6b23e3397b9d5dd8aafaf62cf726585a9821455f5b137fb202a35eabacede7498eac7aeac461b598d2cb580b75cfe7b7169e99e5741badd3b4b07d9ede81224a49ef625c5e623d3342e11e86671534a74253ab5a1a893e895f84007a64ad28d2f384f3faafc5e05a3a5815c678cf9fef0b43e9cbf8b8e3b6354a0cd410a6ddeb699267d33409f15c5b9ec4f5f3a6e803ebcd9859658bf57fbf86fb08f3f14d46f729b926220c5e7302567ba3096a2a4ce9c8286935b899f71c2e97059d325f8f5e6e56266fbeac3759c7474c64ce597fdd7f972f7f461f3d7553fc36b7cc6ef0887e7bf0323c2271c67adf816577ce3bbc4a02606c6cd543f1fae1ffab4391c4fa171ef99ae88760609ab3494dcd8d90556c99555ad9e909e02769b6d6dee914bf95751b95c9ebbfe5beefa43461f0f172d3da40dc931eb764956ed9e55e3600defeabec206a21e8234d46398f687bfad0fe7958b15e6671a0b5fafa17d9faf13ee6abb5e1ef2f026fcf3d3661b13bde8f76af520be989d25a36be7da8b1d5c6549a9e7fdfef057efd5038566dfce92724e2944bb1c61c73ef04473ac06e83166265a13f8da0c92ba45ca8084d8b49bdb05bc016d76179045a88d2c4bc8cd1868e2d95ee0fb3968929f33fb8cdd5015a488de585be018e88dbd134e73f436756cd77678df157508bd097c290649e095c3127ad3718e17f006b4395e4016a137b22ca13763c0891f84f0e4363ba6c149f66a5fd11baa8214d11b6ba73e03bdb137ec6b8edec6eed4b217ec04647709bd4de7f3f968ca7b507002af1c96d09b8e73bc8037a0cdf102b208bd916509bd99034e5cdff7464c706267aef616bd612a4811bd15cfd866a237f681db9aa3b751e04cc7337602ba95e43a80de2603d79959bc070527f0ca6109bde938c70b7803da1c2f208bd01b5996d09b31e0c40bbc893f6182132773b5afe80d55418ae86d2486de4626a2377b3871a6737602ba81e70ea037673e5b2c5cde83821378e5b084de749ce305bc016f7554b52c426f6459426fe68013cb9f05d9055cc539b3d7e80d53418ae8cd15436fae89e8cdb7ddc580537bbbe5a50ea0b7603c751d4ea675e109bc7258426f3acef102de8036c70bc822f4469625f4660c38093cdff1f21b2af373669fd11baa82a4d11be7e0c7481fdce31f45605ae509d7f87d75744755523bfbf56d0652dae0871a8c340efc722425887ff29a7e5caebe7c3eecdfc24cc9a0259974299cb872364d6f95974de16680aaa7fddbe3cdd55d0a734898f7189cd18ca1852b49e145b259d3360341d88a9e29f1398bca0d5308d3aaf63dd0bb690ac8e7a9154b17b16dceaad956027d46b714f042014f2897e6103d5caa5eb44bb643b29d0aeae5f59a49a35e78a31926ea5dcc07aeebf415f54af68bd0bbd90cc8eba9854d17516fceaad9160c7d46bd14f042014fa897e6103d5caa5ed44bb643b29d0aeae5f5e849a35e78831e42bdaa7d36f46ed203f27a6afdd345d49bb36ab675459f512f05bc50c013eaa539440f97aa17f592ed906ca7827a79bd8dd2a817ded88850af6a7f12bd9b1b81bc9e5a267511f5e6ac9a6df9d167d44b012f14f0847a690ed1c3a5ea45bd643b24dba9a05e5e4fa834ea85378422d4abdad745efa650b0753dd46aaa83a83767d56cab943ea35e0a78a18027d44b73881e2e55f3ba5eb21d8eed54502faf97561af5c21b6911ea55ed87a377332d90d7538bae2ea2de9c55b32d66fa8c7a29e085029e502fcd217ab854bda8976c87643b69d4fbafc3e6898376e397a020f7b2c299402e3528111933d7f30f75d4df504725202e07280fc17e773a46831c579bcdc748a5efee5f96ffdd1fdecf42f344a3ac438c313b6e96e917fde45af4fa73f446e62757c753eaf27cf3b44914a98862cd8ce8a1ce21cd6be3d97657aa6668959151407df7fa12042cc6a88dcb0269aa36f7dffd8947a39053e5b8d453b26d9b49d4571783e8f73a6eba136efa5a331dcec9234ca06edafa99457ed64d3f43add555f45b8ddea2de6f958a77d46f0d322aa888273cae648c527f582a61981cdddc629e2ee1ad56cba8b3f52695f4a8d9308543767ed0b53846c53d0abe2683815a6a6b653b89228c677b81ef5f47ce1e0d90beaa69b98f7ca355aaa7b1cfd557fa239fd3c4e7ea2802f2dacfa78b80f0f6f354042cd89cdacf0a8c0a2a020a8f2b19a5d42e9f8a1e264737b708a84b78ab553deaec444e45403a7b81c2213b3fe85a44a32220055f93c140278c68653b89828c1f78b6c7ee9e99bdaa6911907ca355aaa7b1cfd55704249fd3c4e7ea2802f24ee3491701e1a7f15011b06073eac62f302aa808283cae6494d2e94154f43039bab945405dc25badea51e7c12c5404542c02ea180f140e5404d4f0fefb311969167cda1601c97692b69329c8b8beef8dae23670f8e4c5fd5b40848bed12ad5d3d8e7ea2b0292cf69e273751401798713a68b80f0c309a90858b0391d4e24302aa808283cae6494d2618a54f43039bab945405dc25badea51e739755404542c02ea180f140e5404d4f0fefb311969167cda1601c97692b69328c8788137f127d791b3e768a7af6a5a0424df6895ea69ec73f51501c9e734f1b93a8a80bcb39ad34540f859cd54042c6e01a7b31aab4785f504141d5776d33e9d2d4d450f83a39bdf135093f0566c8256e3b1bd540454ed09a8613c5038501150c3fbefc764a459f0695b0424db49da4ea62063f9b320db89ed3670faaaa64540f28d56a99ec63e57634f40f2393d7cae8e22a02b5004bc1c7e4c45408422201d5d2d302aa808283cae64940a1db54d45c08e173dcc8d6e6e115097f056ab7a0885271501db2902ea180f140e5404d4f0fefb311969167cda1601c97692b69328c8049eef7883ebc8e9828c9bb9aa6911907ca355aaa7b1cfd55704249fd3c4e7308a803fae9f366f2f1f9e974fe11d168f063ebf7c97bcae702ef065ef3595ff6e25df41f49bb776f668f0730a9807e0dabab40c50a95d5a0aa4f22e2d04b67e50520c55fce42a1c69be9328fd62a020fec9abfe71b9faf2f9b07f0b61d47dbd0b25281e1b8d475e7123b90ec65783f82787afcef7250ba49a29fa35b4088fdc5b5ff756aebd2196c1a04355554184037831887e99019cbed60c256f286935f1ccc294b00e4f8693926479423539b92c52209682c852c6f3d960c13dac126be28048814c1d103980c9032206c456e405115fe90a5fa1c86c2732eb8200b96381b30746f799b990a31be0e8c4601a3ffb5d370ea3d989f75ab298e2c1eb3c16033f7e9d584c211b2e82f17ccc69b46ba14d211029a093ce007220479f01c4c08e709716442ca62b2c8622b39dc8acaf909939d7307be2659f590c39ba018e4e2c46df03931b4a609a1dd9ab258b299e1ccb6331f0f36389c514b2e1dc5e2c269c4e8136da1402910299422072005308440c88c5c80b2216d315164391d94e64d60502720733658fecea338b214737c0d189c5e87be263532c46af3307b56431c5a3ef782c067e001eb19842369c0693d99c53d371d0a6108814d0819300399013280162402c465e10b198aeb0188acc7622b32e10903b59227be6489f590c39ba018e4e2c46df23ab9a5a51a6d7a1495ab298e2d93d3c16033fc187584c717ded6431f01c76361ca14d211029a045c900399045c90031b07d31d28288c57485c55064b61399b5ed8bc9b6c6ce364def338b214737c0d189c5e87be646532c46af531fb46431c5c307782c067e0401b19862c7b9e97c30e66443176d0a81480175fb03c881b4ff0388811d63202d88584c57580c45663b91591708c8f5f6cc767ded338b214737c0d189c5e8db34bca904a657db6aad584ce5ae7ef8667ea7bfa4857b5ad1e5f681871da59e9ec0b2516059c023d2d0e09a1494dc243741e7320db5b3cdbb49c63152efaa093f76d8f4b9a83a9bbe185478c8aca9a8be2aac7326438ed6b66cc5b44b57142b755c937e9af026d16f495648bf1201d075f419740ea2dbfdeed6115c523af1a633f0424e715faf8a63cde004edda2697a20db02df506d8c436896d12dbec5a4a92596c655e1362e29b58c627be699cc9d0e39518672daa25ce499cb3db208338a77eba57e69cd55f6caab72b27ce499c933867d75292c4646d60cb68e29c58c627ce699cc9d0e39538672daa25ce499cb3db208338a77eba57e69c95cde52df5e6f2c439897312e7ec5a4a9298ac0d6cf04d9c13cbf8c4398d33197abc12e7ac45b5c4398973761b6410e7d44ff7ca9cb3f228004bfd2800e29cc4398973762d25494cd606b66327ce89657ce29cc6990c3d5e8973d6a25ae29cc439bb0d328873eaa77b65ce59797083a57e7003714ee29cc439bb969264363199d73c9f382796f189731a6732f47825ce598b6a897312e7ec36c820cea99fee953967e5311b96fa311bc439897312e7ec5a4a92a11de61d75409c13cdf8c4398d331976bc12e7ac45b5c4398973761b6410e7d44ff7f29cf387cd91dfac367a51a141eda81972c972a85c07f2c4a1d22dc8d3aea41933e57954c543c10ec1aad65407596c62fc43b0df9d8e91df1d579bcdc7e8f9dfddbf2cffbb3fbc9f855118495c87106976dc2cd32ffac9b5e8f5e7e88dcc4fae8ea7d4e5f9e669a38c666bb22f30a7a7d95e357a1c06ce74ecb1eec3c249eeba458d3907b2f55ee768a7cd2d06d16f0e869eef307dadb6b3e6dab85120e6a86a947fc61eea5df20984e082905ca7dde4a152ad7661c15d392c0111c381889085bb0d45da8c9d3ec31103f58e06493cdb0b7c9f59d5d40d94a0deaa1a2ce1f652cec2127823658225b8b024d78c31138b163cc42b87255862382c11b270b761499bb1d3675862a0ded160891f84b33d7b5369f66afbb004f556d56009b7dd661696c07b6d122cc18525b97e5d9958b4e1215e392cc112c361899085bb0d4bda8c9d3ec31203f58e074b5cdff746ccb9ded60d9660deaa1a2ce17664cbc212783b368225b8b024d7d225138b0e3cc42b87255862382c11b270b761499bb1d3675862a0def1bec409bc899f5fde7cb947bd6009eaadaac1126ed39e2c2c8177ec215882bcb624bbeb3f138b237888570e4bb0c470582264e16ec3923663a7cfb0c440bde3c112cb9f05d9a519b77bd40c9660deaa1a2ce1f675c8c2127853078225b8b024b73134138b2e3cc42b87255862382c11b270b761499bb1d3675862a0ded16049e0f98e97dfdc72b947bd6009eaadc26049f95257f80a57b75114d2c274d207e853b9912fbd5f5edfbd81b93df8b433ba0a9d1dffbae8ca4aa2f5f8d7e298bda604a7a4fb2c580e8ae98d6fb194c67dd8a0412ada3956d3a37f4dbd9dadeaf177b6e6902c67aaded3005a51edb54c4f1d7577c3db57b5bd0f5fb29ad035f5a4ba3da970236ca73e96dd5685c9c4782d908109f542b0d47b211025eb002513d8cc2c3febb5b5431a0476fadd2bc2206a266b7ee361539de44c32ee899e6944cf046c67aae61b2768d25355475dde708ad67e5f12cd495afd0a229a06a269155f98a9f786219ad6019a26d0dc417eee6bab630408f4f4bb778e41344dd6fcc643a73a699a64dc134dd388a609d8ce54cd374ed3a4a7aa8ebabce134adfd3e4d9ad3b4fa1544340d44d3ca7b6559eabdb288a67580a60934bb919ffbdaeaa003023dfdee2566104d9335bff1d0a94e9a2619f744d334a26902b63355f38dd334e9a9aaa32e6f3a4d6bbd6f9dee34ad7605114d03d1b4f2de81967aef40a2691da06902cdbfe4e7beb63a8a81404fbf7b2b1a44d364cd6f3c74aa93a649c63dd1348d689a80ed4cd57ce3344d7aaaeaa8cb1b4ed3daefe3a9394dab5f4144d34034adbc97aaa5de4b95685a07689a403344c082ff963a2cc2767af4bad7ac41344dd6fcc643a75af7a6c9c53dd1348d689a80ed4cd57cf37bd364a7aa8ebabce934adf5bec6bad3b4da1544340d44d3ca7b4b5beabda589a67580a6093487959ffbdaea380b023dfdeebd6d104d9335bff1d0a94e9a2619f744d334a26902b63355f38dd334e9a9aaa32e6f384d6bbfcfbbe634ad7e05114d13a669ff3a6c9eb81d1ea317151a3b8e9b616526711c6710fdb289dbe5e2d9ede701b8dc272d03f44595b4144815585a482e87d52be6b77ac518caf664f3ac4adf5f6172f9787e6ad051390243c159d110d35bcc395b0803080a7bd86410fd0a7ad8b8c58377106f140805aa9a3e9f21817ad367c20685801fcf678305b78524163a804881e003881c00428088016104b8204994202fa8273841adf564879102cc63082b30bd6c369e079eb897b58916506f550d2f70bb8f66f102bcfb28e185622fb3603c1f7336c95bccb007754c03480175fb04c88134d3038801e105b82049bc202fa8277841ad075a87f102cc63082f70f606cdc63357d8cbdac40ba8b7aa8617b86df0b27801de068ff04221ece7f66231e1ecd6b499610fc10b102910bc009103c00b103120bc0017248917e405f5052f2835e3e9305e80790ce105f6b75d9ee7cd16c25ed6265e40bd5535bcc0edc794c50bf07e4c84178a4df882c96ccea1090e33ec41adfe0052406d6a0172205d2001624078012e48122fc80bea095e50eb0ad161bc00f318c20b4c2f9b07f32167b524cbcbdac40ba8b7aa8617b88d41b27801de1884f042f16bc8c962e039ecb01f31c31eb47e012005b47e012007b27e012006b67e012c4876fd82b4a0bee005a5edc91dc60b308f21bcc05e1430f2463efb5b2f9697b5ba7e01f356d5f00277877a162fc077a8135e28ee779bce07634ed8bbccb007edaa034801ed0807c8816cb8048801e105b82049bc202fa82778416d9f5c87f102cc63082fb0bd6cbe98cdd89330cbcbdac40ba8b70ac30be5eb1ce1cb1b27cdc0036a605327a0a97828087aa91c1202552a0705e092ca31412044705449c451ed7c7d80178d6fbb544a01b019c377a35fc1671c4ea5a7b60a0c84f7c48288c9c2c84c3d6eb0d38a0dd57bf5186f041630be6afcfe628ddc15b24b21a5c73fa229dd96365367366467d45b8a4cdc5a90097054b063d4adeff61bee00e99cd076774b7dbb3bf1bb0ef03b27980ce7dc7db64086273028a83d4ff5b0907e3cd5a3c21af0888e2bdb71a76adc9e70bd16b6ceb7c1f6bcc00ad80bf288ef11df23bea78d1188efa1d8c59bfb23ce8a22dd185ffb6d35d4399f2a4a018f0b7690fab56e3af3abf8424fbd710931bf0e30bfc560347038116a41999fc0a0a0462ad5c342faa6548f0a6b93223aae6c5794aa717bc2fc5a6882d202f30b26bee77bc24f49cccf00704bccaf8b4620e6876317cb9b7b73f1b4de22f36bbf41923af3534529e071e1a581dab56e3af32b6f4165a9b7a022e6d701e6379dcfe723ce5e761bcafc040605b5b8a81e16d2d1a27a5458030bd17165fb55548ddb17e6d77c3bab3698df28e47eec0a27eb2989f999006e89f975d008c4fc50ec12f510f0d8a52e665a6f91f9b5dfea4e9df9a9a214f0b8f045c0b56bdd74e657de4cd0526f2648ccaf03cc6f32709dd46ed34c843a50e627302884f9090c0b607e02a382989ff0b892ccaf72dc9e30bf161a13b6c1fc2c3f08d8154ed65312f33300dc12f3eba21188f9e130bf9117f86c60cf4ceb2d32bff69b96aa333f5594021e17ec20f56bdd74e657de16d6526f0b4bccaf03cccf99cf160b971da12328f3131814b4cfaf7a58c83ebfea5161fbfc44c795dde757356e5f985ff32d66dbd9e7e70653e1a724e66700b825e6d7452310f343b18b37f3fdc0164feb6deef36bbdfd34c23e3f4594021e17becfaf76ad9bcefcca1b7c5bea0dbe89f97580f905e3a9eb7022d485323f8141410dc7ab8785f417af1e15d64e5c745cd9eee155e3f684f9b5d02cbc8deffcfcc0e194c0594f49cccf00704bccaf8b4620e6876317cf9f7aec521733adb7c8fcda3f48409df9a9a214f0b87007a95deba632bff2fd7df06d7dd366889e51b4296bdcc4bd73d6055127b18141f4496c680885121b1996a064c6964d522263f7844eb57038c226078636e5f048d45a8a04c4c490b71c43629e871a11658281450e7ea723009d53ebe9faaa6e44d31db97e752da255dfafcd454bfc4835ac1a62dec8f94f5f1fa8aa8fe05a4fc7220ba2a9abaa29dd055da64f3caa4ea4d59136e459ad337894b1b58245881e0eace8099dd663ab9fd643253e4a1054e2eb7889af9533717441fae6073d15f910a6f4dcc913d918a0329fbede6fca94d71be7a7429fa9853ef41ca8af1750a90fd5d854ec3375fa517523cd4e3323df6a9dcd77afdc87eae36a05bff243da6cf543daa8e04729820a7e1d2ff8b572149a2e78dffca0a7821fc2a49e3b70281b0354f0d3d7fb4d99f27ae3fc54f033b5e0879e03f5f5022af8a11a9b0a7ea64e3fca1d98f43ac4927cab7536dfbd821faa8fab15fc2af6eeaa9fcd49053f4a1154f0eb7ac1af8d133075c1fbe6073d15fc1026f5dc3973d918a0829fbede6fca94d71be7a7829fa9053ff41ca8af1750c10fd5d854f03375fa51ae1beb757631f956eb6cbe7b053f541f572bf8951fc96cab1fc94c053f4a1154f0eb78c1af95838f75c1fbe6073d15fc50ba74648e17cdc60015fcf4f57e53a6bcde383f15fc4c2df8a1e7407dbd800a7ea8c6a6829fa9d38faa1b6976643df956eb6cbe7b053f541f572bf88dc40a7e9793d1a9e047053f0d530415fc18af77fdbc7b5df0bef9414f053f8c3666d953a5b33140053f7dbddf9429af37ce4f053f530b7ee839505f2fa0821faab1a9e067eaf4a3dcc36fe48d7c76dd98c51da8e0d741dfea7ac10fd5c7d50a7eae58c1cfa5821f15fcf44d1154f063bcde60c12ff07c87f30d06ebb8732af8e915f454f04398d483f1d475d8fcc7a5829fc6de6fca94d71be7a7829fa9053ff41ca8af1750c10fd5d854f03375fa5176a3f962c65928cae20e54f0eba06f75bde087eae332053f6f79f8f2c3e6782a54f9a217eee2578085bdf1a099c25e321b2bcfe40dd6063b58e019c43f39073e1f32ad5cc941835cd78b6529718899139b865c826690ad3040a744555d0a184f0fa85ba2f7f4b50fcfcba73508a264286f3d61c0d624ae41b534c75cde1c69ea89ca0355156c7e7000ac01e586ead1d14d5502a850bf550941dcc9f7eb433ef2be7cb77e096d82e004c131cec825104e20bc8b20dc72ecc0652f322018de060cb7dd5130656ff32220de428034608ffe40f1a694d90b308eab4c05385e3cb2ba00c7c1c755131cef131c173ec18ee038c1f12ec271d7b21ccbe60400c1f116ce53706cd776c40d4270dc787bf4078e37a5cc5ec0715c652ac0f1e2819205380e3e4c92e0789fe0b8f0f93204c7098e77118e3bbe3bb4d84df66d564e27385eb341c6eed4b2458e712138de157bf4078e37a5cc5ec0715c652ac0f1e2714f05380e3eea89e0789fe0b870f77782e304c7bb08c7edc01e8ed8df783aac9c4e70bc66838c02673a9e891b84e0b8f1f6e80f1c6f4a99bd80e3b8ca5480e3c5c3180a701c7c1003c1f13ec171e1deac04c7098e77118e5b83d1c41d730280e0780b6bc78713673a173708c171e3edd11f38de94327b01c77195a900c78bad920b701cdc2699e0789fe0b870e73482e304c7bb08c7a763673ce00500c1f1e6e1b86fbb8b01bbe6c53408c171e3edd11f38de94327b01c771952903c7e3f8fdf4160f1c2680021abfbc7e777903148b5f90490b583c074892949546242da170a5eeefb9bd92c953a5364b96a577dea015aa2a47ade0414ba67af098a5cd50511a7f739aa12a8dfd50f08b4e7235df8d7e9914217deddcb87538358dbea9c46cbbddc7b33e7ab60bab5f2f84c031dbcd2b174d008c50f9f0a1067aa74da7d2ba669df0d08c7aeb035cea93c1e56246af2d37c6031897716e83e9b66da1fe240da541244fbc6213ff084e832ef0fc87120225b1f238fa15bc51405d69b78e7005d7b90501bc90a4af354852205cdc8e9679e2a5ded8921898090c2cd7913233a80207131816c0c20446251ea6330ff3022b60ef6f2526464caca34ccc5a388b31bb53077131552e96536e6e4ab85cae978d356060e2633a59038d91cd278b852f72afed73b2d9781e78bef0ad122b936765c5c6a63c5606ef6f4aaccc04562630288495c9a250b451899569ccca8289eff9bc2eb8c5cc4eac8c58590758d9786c2d2cf61a1866ff44626512e935a7dc5c605d2ed7cbca1a3030b1329dac81c6cafcd17c32676f34644d886db2322f988d67ec45d8ac5b255626cfca8afd6d79ac0cdee6965819322bcbf5aeca4c400e9495e5fad36606b559a9176d58002b1318955899ceac6c14f23276bd2ddb50b073ac4c207689957594958dfcf1c8669f0fc86ca349ac4c22bde6949b9b122e97eb65650d189858994ed64063659eebdb73910ebbedb3b285e77933f15b2d6765ea0ca6d81298c760e09d8189c120331801fc2ecf6004a01584c1c82236b45189c1e8cc602c3f08d8b5a9ec9287ce311859464f0ca63b0cc659d87397d7351d0752f597c1e4949b9b122e97eb65300d1898188c4ed64063308bc562e0b1cf37634d886d329879301f7a6c62c8ba55fa5e499e95153b43f35819bc4134b132645696ebfa9699805c282bcb7576ce0c3a62a55eb461217bb0aa472556a6312bf3bdc00dd89350b61567e7589940ec122beb282bb3c6ee6cccaec8321bd0122b9348af39e5e6a684cbe59af760d56f6062653a59036f0f96eb793e7b53326b426c750fd6c81bf96cb2cbba556265f2acacd8209cc7cae07dc2899521b332014e22cfca04e0228495c9a250b451899569ccca023f707cf68499fd06ad73ac4cb64a41acac3bac6cee8edc011b7a31fb10132b9348af39e5e6a684cbe57a595903062656a69335d0585930f79c39bb33066b426c939505f3c58c734e3aeb56899589b0b2e844263e158b5f85d2afcbce6ea25f9d3ea0a9f1a6dfb54e3ca5c73759ada0b7a96fcf6cf674c2dcd2bb58d48c95733794413c855de7d7bb5144ce5ce557c7ba268484059159441188c6a043f5e76c9bc520fa15cc5436fec136320b98c21fd11bb5cb6e148a09aa1b18a7cf7284772f2690d00f90d07c475a820904130826104c90b6a8677b01a723806e40c19bfba360287eab75428592ae9a69a8006fa94950a11750a18536890415082a105420a8207fc06b108205f65712ac5cd52654082c6feecdc56fb54ea850d2ea2d0d15e07dde082af4032a34dfbbab6f50218c187f22b1efb376a890bba10c54286c4d26a840504117a8e0fabe3712ce556d42057f160c3d360363de6a9d50a1a4a7521a2ac01b2a1154e8075468be494edfa0c2d89f2e1c892677b54385dc0d65a042a10f234105820a9a40052ff0269c9d72ac5cd52a54187901673f05f356eb840a258d3ed25001dee583a0422fa0420b9d1bfa0615026b6c0fd8a7943057c8d70e15723754be8983a00241055da082159175e15cd5ea5a8599ef07b6f8add609154a769fa7a1027ceb3941855e408516b613f70d2ad8cec49bb1eba6cc1627b54385dc0d65a042a10b0f4105820a9a4085c0f31d4eab5156ae6a75ad82e74f390d5c99b78a0e15fe75d83cf12142fc2a1419d8840cca9ad2d4d73de5212faa9b904465ef100890944d6ee22b12e31fc1bb066c42979be2e50245cf27aebf2187f0a3e6d4c97bd40432cde5279eda7b53e8f3a8688d1f2683e857d0ff00bd14d0c000e28d42a140f566c8e85dea9b21091b1036a8131ba86d176a0f1dcc278b85cf6e52d3597c50ff336b84106c77144c451cb30b18a18187454309b3f13c24e3c25ed8264e40bd5545a450b217328d14e07b2109291052a81329a8ed166a0f29f8a3f9643e16beef4e2085fa9f5923a430756cd766c322e6d655a39142030f8b776c74301bcfd80bac595ed8265240bd5545a450b215328d14e05b2109291052a81329a86d166a0f29d47fccbd7e48a1fe67d608298cdda9658b3c6c179042030f8b773cabe77933712f6c1329a0deaa225228d90999460af09d9084140829d48a1494f60ab58714ea3f4e5a3fa450ff336b84144681331db377a3307b5c188d141a7858bc23036b3f1d5dcf83dc159142c946c83452806f8424a44048a14ea4a0b655a83da450ff11a7fa2185fa9f5923a4600f27ce94fdb51873338ad148a18187c55ba750fb89bd7a1e2eac88144af641a691027c1f242105420a752205b59d42ed2185fa8fddd30f29d4ffcc1a2105df7617321d2e8c460a0d3c2ce28197759f22a9e7819737a470f9d7f11fff0f504b030414000000080000507b5d607982d33935000073af06001a000000776f72642f7374796c657357697468456666656374732e786d6ced7d5d97a346b2edfbf915b5eac54f9e960021c9cb7dce1202c65ecbe3f199f6f83eababd45d9aae92ea4a2ab7ed5f7f409f8012c88f48c884ed7e9829401990b93373c70e88f8fe7ffe7879befb7db9ddad36ebf7df0cff36f8e66eb97ed83caed69fdf7ff3ef5fe36f27dfdcedf68bf5e3e279b35ebeffe6cfe5ee9bfff9effffafeeb77bbfd9fcfcbdd5df2fbf5eebbafaf0fefef9ff6fbd7efdebddb3d3c2d5f16bbbfbdac1eb69bdde6d3fe6f0f9b97779b4f9f560fcb775f37dbc777ce603838fcbfd7ede661b9db25c6e68bf5ef8bddfda9b9970d5f6b2f8b87f3ff75068349f2f76a7d69e3f68e36afcb7572f2d366fbb2d8277f6e3f27bfd87e797bfd3669f375b15f7d5c3daff67fa66df997667e7f7fffb65d7f776ae3dbcb7da4bff92eb981ef7e7f793e5fbca9baf678a3a7ff39ff62cb7393c79f849b87b797e57a7fb8bd77dbe57372c39bf5ee69f57aed37d9d692934fe7462a1f38f3b05f5f879edaa087dbc5d7e47fae0df2dcfee3f1472fcfc73baf6e7138e01891b489cb2f786e216ff37c2759f07d95eb9a6ce77e56ebdbbf6f376fafd7d6566aadfdb8fe72692b590644da3a8d51f6d1766a37f3e169f19a4ca09787ef7efcbcde6c171f9f933b4a7afc2e45e4fd7fffd7dd5db23c3d6e1ec2e5a7c5dbf37e971e391cdbfeb23d1d3b1e3a1f3cff75fc3bdeacf7bbbbafdf2d760fabd5afc9fd25adbfac12433fccd6bbd57d7266b9d8ed67bbd5227b323a1d4bcf3fa517327ff9b0db670e07abc7d5fdbb9cf5dd5fc955bf2f9edfdf3bcecda9f9aef4e4f362fdf97c72b9fef6df1fb2f79939f43131f9fe7eb1fdf6c3ecdac2f7ef32dd70fa23d75189815756dfbd16fa6ef7ba78581d6e64f169bf4cd6b664f853abcfab1434ced83ffff1afb774cc166ffb4dfe2e5eb3779137991e290ceae1b9f7c922f6e1b81725172c3ffdb479f8b27cfcb04f4ebcbf3f584f0efefbc75fb6abcd3659dcdfdf4fa7a7831f962fab1f568f8fcbf5fbfbe1f9c2f5d3ea71f9ff9e96eb7fef968fd7e3ff1b1fe6ffa9c587cddb7a7f7ca04b073def1ea33f1e96afe9a29c5cb25ea4c3fc73faabe7f427bb8cb1431b6fabeb2d1d0f144c1f0efeffb3dde1b9a3ca4c3d2d17e9ae7d37acb53625b4e6301b176fc7256ac7236a6744d48e4fd4ce98a89d09513b53c576f69b872352b36db8539e9fdd408eef673708e3fbd90da0f87e76831fbe9fddc085ef6737e8e0fbd90d18f87e7633f6f53f7b581cfebef9e1480c35bfaef6cfcbdaf56d48b19c9ef699bb5f16dbc5e7ede2f5e92ee50537a6ea9af9f0f671cf77d343829bfeb0df6e52f65b63cb71086c452faf4f8bdd6a576f8d62387e4d59dedddfb7abc75a7ba392fdadc6c22fcf8b87e5d3e6f971b9bdfb75f9c75eaa919f37771f8e1ca87ec0097ae5a7d5e7a7fd5dc2871f792cfa2503c165e4a7d56e5f6fa1e4a1b82c700dae5f02dd1a0bff583eaede5ece3dc5c1917c97c28e536fc753b1930e0acfc38c948d703c89af62241d7c9e27192b1be1789289b211b7de88dc2a152eb65ff8e6e2586eb6cf37cf9beda7b767ee55652c37e72f76f81e466eda5f8c70ad2d63b9399f5b84ef660f0f8943ca0365d5d558c094eab22c608a667d163048b3500b182458b105acc92dddff5afebeda9d09b7f8b8ef32bcb7f616dd920e116232fffbb6d9d793648742baf871bd5fae77cb3b3e932e057bcdeda402834fb0a50a5823d85b05ac116cb202d614775b7e4b44dbae804182fd57c01ac1462c608d7047e6e07d543b328729aa1d99c314ed8ecc619076476ec68712b046e04c095823dc0238ac116e01cdf85902d688b6807a4bc45b008741c22d80c31ae116c0618d700be0f0caa9b6000e53545b008729da2d80c320ed16c06190700be0b046b805705823dc0238ac116e011cd608b700fd9a1bbf25e22d80c320e116c0618d700be0b046b80578cd6d011ca6a8b6000e53b45b008741da2d80c320e116c0618d700be0b046b805705823dc0238ac116e011cd688b6807a4bc45b008741c22d80c31ae116c0618d700b1835b7057098a2da02384cd16e011c0669b7000e83845b008735c22d80c31ae116c0618d700be0b046b805705823da02ea2d116f011c0609b7000e6b845b008735c22dc06f6e0be03045b5057098a2dd02380cd26e011c0609b7000e6b845b008735c22d80c31ae116c0618d700be0b046b405d45b22de02380c126e011cd608b7000e6b72ab49fa0ef6f3f28efb85e521e55b26fcaf4993bc007e7cd47f2d3f2db7cbf503c7eb2d1456cfcf2a6096e20df460b3f972c7f749805b821c317bab8fcfabcde1a5a83f6f0c8c6bdf60ffe7fcee87e5e59dcac2f7138c1b493f78cb7ede763876faee3ab97cffe76bd2ea6bf635adc7e3370ba777cb0f17fef878f908ed727be9fddc9dbe153c9dbbdefbe92eae07b6bb648a9eae1e0ce2b93f75e3eb0d1e8cd4dfd9e55e4e3d3064dfcdf51bb6abfd8f8b64acfeb92ebde1f5f28f7de9c9e7d5facbf9e4d9f4fc69b1cd5c721d88f38553b9ee389cce7c1199fcf565b97cfd39b9bf7785633fadd6cb5df6e0f5c3c98fcb4f9b6dd27ddee480ced377949735ee70f5e66d9f7e44f9d3efcf973bb9dc42ee23cadcd7addf977ddbbaf84fc5b7ade9c9d26f5b73bfbc7edb9a1ece7fdb9a8e63ee8f79eef11fd2fde0fc2cae3f8aa707041fda3bec15efef17874de27a38dd18d33919e78c643e9f9d144e643e9e9d647bebd4430a6076aac1ec6804b32304e6fcfa6700c84f9f0773827cd821907bf164188465202f81b45f0e699f16d26e35a45d8d9076fb0469a76f90a681a7570d4f4f233c3d21785e49696720ebda0dd955ee0f33e03caa86f348239c477d87b3673e9c73b0743c373e8ad31cec781cd302d5af06aaaf11a87edf813a321fa8dc6b6bab201e578378ac11c4e3be83d8ef1088bd41faaf08e27dd28d5708ffba4af34405c4089e542378a211c193be23786c3e82d5858641e144466818d042795a0de5a946284ffb0ee589f950d6ba186b45fd4302aec543320e158199538ea9cba7f6870c53ccf950928daa0abc4371f0563fd13e4dc154f13487144df5b1a6bbc375d5f34e76e2ed3f3ee7a09bfcfde33a9d795f4fc1bee3933cfeb1c80d7572d97cf9fcfc8f453e9be57ef35afdd3e3cab2fcb43f5e361c4caa2efcb8d9ef372f1c2d6e0f6ff6d434998e55f1be4fc778e0b97e7bf9b8dc9e6291a571c3436e9692b13c266ea11e4699ade4e7cd39e756d9ad9ecff3ce17b505fc260bea61b44f3950bdcb1fb7395033ebb0c0e2f2f0b64b7075881117473017f26476ce0fe788eb5d61372cecb6cca5aa727b1d726fad359d6bce6e6475085310334e3d661c72cc383dc64cfb11414184b8f50871c911e20221d5085174cb8eaf533107f5784a833f7668b8d6191b66dff353dba05f83c73cd3bb50b3c3efd31cf3a777cafe4abda4bbe3969ebe947318ce63bff3ced777797b2c7ee00e7819c20914ebd4b1795b3c9f788df16e5c0ec6c371b23dde745cfa444eddd678e9b8bc227e7291b7172cdeec9c979f38a50be6c8d1b6605e015e3eb1e856cae23cad994ad6ac931d05117b1dbee48d6622e67256c36a7c6ebb7e41a6f398126fb4504962f5cc78efebd895998bcd5df1685f33600177382a81a7e395c2d3f1b4ad7139d85482966ea5634c831a985ab3d875063fece52dd58eae19469970296421e55fe96e21e07a642bd5ea2027a69a5ffaf1cba0b041d5f23299be0a368f7f1e12d233bb293d7bcc57cfdf43d939746ebd3e18c2f3da65be2f67b3613809f975b2a1c37a8f9d667dca3d67754fd22d5097a1e3eed8f20e54814ec91bead7271679479df5801cefa137039f8b1b75fa7ea221a135df0f759d4d0fb01ae14c3fc24a5e18bf3eb4c82be3ac27e4782dbcad058a411daebbe9b05ca21bea93e8f2bd563734f478ac91e9f8f0d860bf96b3947272a24449e8c19a6526eef1e5baa7c5fa735ac8f5f077034c25ed9592ade65444a4e12e731d3f9e0eb8ba6cecb4d665256be7a1cb4496cda6bb6c3898b4d667c1dbf3f3b26272de9d2e30abf76e758ee4c88f97df970b1dcd7467d5dc3d5e61dc14aee951a7e51ead9adaa71e356d86d7f4a8db5a8ffe7c7865a5a2434f1758d59da396bbb36aca1faf687eca3b53df9d96139d9a1ef55beed1aa297fead1c6a7bc5a8f8e5bebd179d2f46afd5612053974e9e512b3bab4ca7564d2f58678d3b9bbaae6fdf91ae366be50a736a4ce663bb56aea5f3ad5b4c92fd4a907cadf40affe63f1b0dd948bde2fe9e91209e2f2531d82514d5fee171f77b975343970fe71da81e933be6e76c9b63fce6c5395570e87d97073f5a5e36cc8baf252c71d78bc974eb2435e79a9eb8d781fcb4b78537e5bb9f69d485437cd25f6b65d1d05b143b4ed7a24af0f5d5c027daff9570872795432417db8843800719d47927adc0de04d1e0cf65a72acf3c7ecf2e329fef598fb258a43c3b50b90a392692a3f10dcf1e2c1e13ff68732bac07fed8df251a0c37c71506bfabd3bdd9ccb50c2ece9f37bb91ef97bb95ef5029339cbfa10c49ad7323ee6fe3022b388203a46f5e81891a363d40f74349ae34070dcfdfa71f7c9c7ddefc7b81b93f7421013e37a4c8cc9313106269a4b23210888493d2026e48098f403108665651044c6b41e195372644cfb810c7b931cb01deef9e290f99a8d9687d34922a79bf1b2efa806177ab2765c6554b10fbd1958ac723294579161f947c543c58f8aafdf02ecb79bb2aff14fe764570986339f8d52a88928251dafd81b970a00ccfeb89c25ec11952f25b9f40ec505e2542fa042983b5714d026d0656fa156a7735bfaf4d4d3f8e9293b659033298ffd4cdd43858e437692e35fcaab99e192c90d48eab14ac7817293841b9d14eb9d314393fbb8ec7959bd9016abbcd0ada7c31664fac960727abbb28eeaa9ca0445b457f7f24d591bc26d4be57b52ab817dad9b5385eceb55747deed2f5f92ed96c9f13ea5fdea1f3c168e0957468fe93eab7c27e480af09adebe2d6644d8dddab92af950547e2eaf679cd2ba4e15794832659f0847c66d6f64caba583595cb3fe7e77a53cc7ecc16a42aed4846322f517fbc9d2c9ab7e92ea7d97ee57a37e992f1f0daa7e991b4685d4997a6a70f45edca7b349b26b1aadf4602416afafc738786e4d329069bede3725b7817ea904eb1c6cd1964dc9c7ce29b23413e265b546b84d7e5aa69e69ca651ad95d53a19dae50f44edfca6d2ce297d6461ecbeef657eccdba97fa8b77b2ac759f69e67a6d4b0fa02e00bf8759a1680fcc6c6fd82cbf9e04d029ecc8e56b6c01c1cf17f6dbe068bf5e387d55f97ce1d169798c38589d9da0b752c59939209c5f1da0fc722a4d47abf66710e0dbf6c2fad7c5a6d77fb0446f7990ec84c92c234398b61f9ecd97c73a6306b8af3a640096f49e1bbe2343b3c5b0e9c0f85e6f60f3760d50ad79bad77bd7abe39af0dd005bc94de4061272dbfe4b7924b0ec02a76edf1e02f79ec9dd05605c0e705f007fcb587bfc302983cd03d012cc450dfb8d18f090318feb6dceeef49505c07b49680705c329e2e2cf0e179b9d816b97cf2e7a7d5f341e049ff5d901d1f0ee6d9597aec2821bb7161c795c0db61107ed86cffc220e81f0415dfe5dbd949c1aef761ee8e975695e3ee86332399afbdf3ee0c67a0597aff150864c3a5814b430a596da452ec0e2ca395706b80c1b63108d7a6d7ac3a74c3388a0aacbac8d5e0dc583c0c04ee4d697e13867b5391e6a41beecdd4737dd72b7bdba3bfee0de75b30d2bb30ef5b36706fe0de5043561bb514bb03cba825dc1b60b06d0cc2bde935af8ee284595f59599657e78fc2bdb1741808dc9bd24c830cf7a622e16037dc9bb13f75dc397b37707becde4c8320184dcbfa45ddbde16c1fee0ddc1b72c86aa39662776019b5847b030cb68d41b837fde6d57e14852326af767347e1de583a0c04ee8d27e0de64338f76d2bd19c5de743c63ef06d7a04effdc9bc9c0f7664e59bfa8bb379cedc3bd817b430e596dd452ec0e2ca396706f80c1b63108f7a6d7bc3a8cc3493461f26a2f7714ee8da5c340e0de8c04dc9b6c36d34eba37ee70e24d03f66e707550fbe7de78c16c3ef7cbfa45ddbde16c1fee0ddc1b72c86aa39662776019b5847b030cb68d41b837fde6d54e348bf39f77dc7235b837160f03817be30bb837d90a519d746f22d79f0f4aa237d74da27fee4d3c9efa5ec92e592c222bb30b73b60ff706ee0d3964b5514bb13bb08c5ac2bd0106dbc620dc9b5ef3ea388cbcb098b0abc8d5e0de583c0c52eecd4fabddbecaa7399c57f763b269d68c49f86eb797c19f8fb93cb3bcc1b99e6fa7341249f7d535ba951ee2c37fc551feb878f8f279bb794bb69d7b3687e0dc82b897f302dab2693095b7cf9e3b0d8f9bb78fd7e9eeabad257ad741dd2ba1d6b5106e86216e466329c6817d4dd827767800085b0021ed7af164ac4eafa34c570d5f2c7b59e3c9a4c5279e21a9aa65271e3261c3276bd2272be02d9fbd135e59135e997c96681d39a01bce324dbde8c23bb3d23bc31c30740eb4eda501182d0343d55bab4cc09df5d628b26f977b6bf360e0fbd91411f0d6e873638b4f3f43326fcb4e3d24f686b7d6a4b756c05b3e1929bcb526bc35f9a4d73a525a379c349b7ad185b766a5b7863960e81c68db5b03305a0686aab756994f3cebad51241387b796bdacf154dfe2d3cf9044e2b2530f79cae1ad35e9ad15f096cfad0a6fad096f4d3e87b78e0cdd0de700a75e74e1ad59e9ad610e183a07daf6d6008c9681a1eaad55a647cf7a6b14b9d1e1ad652f6b3c73b9f8f433242fbaecd443da75786b4d7a6b05bce553c5c25b6bc25b934f49ae23e178c329cda9175d786b567a6b980386ce81b6bd3500a36560a87a6b95d9deb3de1a45aa77786bd9cb1a4fc42ef122b21969de65a71eb2c8c35b6bf4bbb53cdef2996fe1ad35e1adc96758d7913fbde10cedd48b2ebc352bbd35cc0143e740dbde1a80d1323054bdb5cae4f5596f8d22733dbcb5ec658de795179f7e8664ad979d7a488a0f6fad496fad80b77c225f786b4d786bf209e375a4836f38e13cf5a20b6fcd4a6f0d73c0d039d0b6b70660b40c0c296fedefdbd56395977638afee9c651393c039433afe96d3f11f1a2f54e7d0d3fc6f1a9a874b699e4bb98d37ebfd2e6d7bf7b05afd9a0edefbfb97c57f36db1f660910d2c697095d9ced568becc9e8742c3dff945ec8fce5c36e9f391cac1e57c52169dc61ea527ee8a1d909a2598b154729a1f693545ba135f46de2a2ca05e6ad4695c58ee944aaf1d8f1c8d8faed5b41e8f521148fe91e20ee84c248f341faef62295b402c7bccd8a29cc05dbb54a6419e6201b01d001bc026dfc2a5957c9eea4ee97594d59d20ed672f43752743aa3bb1bc6f5d0604970ed4a7ca2d7c90f96df7f5ed2930522af59b536144ab6cd84e011c08fe2d4e611450c30c86f40fe91f74c0c6b5a453210000433330c414d3d00de328bad8cad7adcd1eed4e300008d442731ae5305680bccdc000406e3fc87587082a4b8a6643041425451122c85e8692a286941465f9e9ba0c082e1e288a9a5bf81022b05d13b0a7aa5d6988c09cb2765a05c676aa2e2244d0e21446d55ecc6084081022001db0712de9548800c0d00c0c31f5348a4337641774c91fed4e880008d442731ae5305680bccd1001406e3fc87587082aebd86743041475ec1122c85e863af686d4b167f9e9ba0c082e1e9c0610224088c00e4dc09e52caa52102736a296b1518db29f58d10418b53982f4460cf14c60c6e6106234460f123830ed8bb96742a440060680686a07aea475138bad8caaaa76eee6877420440a0169ad32887b102e46d86080072fb41ae3b44e0f18608b2fa3d4204c68408f88bbdcbcc7091d665e6b748fb12b35ba479a91081b801c1c583d30042040811d8a10970cf18dd2b56ed9a551a221033a173d9d22a30f2af6d081174640af38508ec99c298c12dcc6084082c7e64d0017bd7924e8508000ccdc010534fc3389c44938badac7aeae58e76274400046aa1398d72182b40de66880020b71fe4ba430423de10c10821021343045e309bcf4b6a568f0a7e82442a3181d6a5128909b42f93464ca079b95a04c20644b394f11940880021023b3401ee19a37bc5aa5db3ca6b110899d0b96c691518f9d73684083a3285396b1158338531835b98c1081158fcc8a003f6ae259d0a1100189a8121a89e3ad12cce2764bf9aca1eed4e880008d442731ae5305680bcd55a0400b9f520d71d22f07943043e4204268608e2f1d4f74ad0e517fc04f1192ed2baccfc16695f62768b342f1522103720b878701a40880021023b3401ee19a37bc5aa5db34a43046226742e5b5a0546feb50d21828e4c61be10813d531833b885198c1081c58f0c3a60ef5ad2a9100180a1191862ea691c465e38b8d8caaaa77eee6877420440a0169ad32887b102e46d86080072fb414e1d22f8c7f271f5f6f2e169f198dcfc901d1f385e7377bae8ee22812b0407b2950c101ca0f97e6090fe2be26abffc23537efdb8960571c161908806ca1b930a0dca9b938913ca5b93fbf640ca1ec200e685012a3cefc381c3809fc1111ffe2b0efbc7c5c397cfdbcd5bc287f396db7bb34f723a34bcb434beb834bdbc48ca87854b08a8f3e0f05f813a1fef5f99231b1512305594c78cecfc8cd429c8b72289d31b95542db997b9f920fdc75ce6b2c78c15c14cd82a5ae943428da59dc9ade6c49f5ef6e374e6cfaffcc1ab37d2ab1f07b3c1bca472a506bf5ec99ccc56af645062ab57b227e5ddcb5a847f0fffbe11ff5e7e4a34bec8b4b0cc34bfd01843debc78320cae8f900d91c1d36fc6d3c7dceccddc84c7dfbac71fba611c45250b5ef6287c7ef37a115e7fdac38e98d79ffd480f5ebf315eff3c1e07e39262544ee50625b5e92b9993d9f2950c4a6cf84af6a4bc7e598bf0fae1f537e2f5cb4f89c61799169699e6171a63e8db7c301a786cafdf51676af0fa39bc7ecccddecc4d78fdad7bfd519c78ac4ec982973d0aafdfbc5e84d79ff6b02be6f5673d7678fdc678fd813b9f4f4aea4bb8951b94d4a6af644e66cb573228b1e12bd993f2fa652dc2eb87d7df88d72f3f251a5f645a58669a5f688ca16fd320084657e7284bdf5c75a606af9fc3ebc7dceccddc84d7dfbed7ef4751382a59f0b247e1f59bd78bf0fad31ef6c4bcfeac4b0eafdf18af7f1a4f6641892ced556e50529bbe9239992d5fc9a0c486af644fcaeb97b508af1f5e7f235ebffc94687c91696199697ea13186be152a1ae74b69c3eb6fc2ebc7dceccddc84d7dfbad71fc6e1249a942c78d9a3f0facdeb4578fdc73242425effa5ea10bc7e93bcfef1643e083df60635aadca0a4367d2573521ff5a91894f9a44fc59edc77fd9216e1f5c3eb6fc4eb979f128d2f322d2c33cd2f34c6d0b74291c27c754c78fd4d78fd989bbd999bf0fadbf7faadaf796dc2b6617f51658bbdfe92d2bd655e3f45015f78fdd9cb680af84e83c1b86483f22b3728a94d5fc99c547d0e158332e53a54ecc9150196b408af1f5e7f235ebffc94687c91696199697ea13186be15ea0ee50b5ec1eb6fc2ebc7dceccddc84d7dfbad76f7f194b23b60debeb245ae8f5f365f1a348de97f5e2e1e40b39f9c3b20d294f576a7752ce76e041c28324f520b9f17b433e594b2801c20b00aa59ad5103ad1188e7207cfbe3d67c29809483bbe5579c23484b179c16dc15131749d64801578d2e7e1d00541d627a3fce92de7fa7fb3b9ca4ff2ad6ebec99d40b5ca6bf694db630feb9d6cbd4c1a0011868b45ee173fdb53856954cb47d9e001428a0404d1d13aa70e95056b8845c96bd0c7219e432c865fd5ce1c518608f4a094230b317a610cc2098d9b9fc7500529d9070f48e34443373c4258866f50003998668061418259a71be5a46592016a259f632886610cd209af573851763803daac409d1cc5e984234836866e7f2d701487542c2d13bd210cdcc1197209ad5030c641aa21950609468c6575fd9a1acaf0cd12c7b194433886610cdfab9c28b31c01e15b28568662f4c219a4134b373f9eb00a43a21e1e81d698866e6884b10cdea0106320dd10c28304a34e32b4fee509627876896bd0ca21944338866fd5ce1c518608fea404334b317a610cd209ad9b9fc7500529d9070f48e34443373c4258866f50003998668061418259a8dc444b34bbd5e886610cd209a31a009d10c2bbc1e66dba332ea10cdec852944338866762e7f1d805427241cbd230dd1cc1c7109a2593dc040a6219a0105468966be98687629770dd10ca21944330634219a6185d7a4468ca7bec7f625fc02cc219a89e214a219194c219a4134b372f9eb00a43a21e1e81d698866e6884b10cdea0106320dd10c28685734fb69b5ab2999995e41522633fb5a5a3bea581eb239f017aa5a9fc09f2b6b9d03bdcd5a5b19da39fa80633229b50e5dae4c972b2edddb78b3deefd239b17b58ad7e4dbbf4fdfdcbe23f9bed0fb36471496f699930ffd96eb5c89e8c4ec7d2f34fe985cc5f3eecf699c3c1ea71d58a9fa80d66c41b2d43615272b186b1371d87ac67701ade83157bd9aa5154145ff2db4343ee3940400c02491f5a20ab79faafe0b71d1f297becd7d57afffede8dcd7744b53d90029fe52a057fe4b59475e041700b179a46700b75384f7d705388537ac1e26c1f241724b711a081e62a321cee7eb66c244175018446e86ee886711431035eb6125e8d8fa44e79ab0bb9e6292f45155750dec285a651de4215addcb2e210505ecef6417941791b011a28af22d3e1ee67cb46129417406884f24671c210d9d9c4f247eda1bc1a1f499df2569761cb535e8a1a6ca0bc850b4da3bc851a18b965c525a0bc9ced83f282f2360234505e45a6c3ddcf968d24282f80d00ce5f5a3281c31f9a16b2be5d5f748ea94b7ba884a9ef252545001e52d5c681ae52d64b0ce2d2b1e01e5e56c1f941794b711a081f22a321dee7eb66c2441790184665e6c88c34954fcfef2fc5076525e8d8fa44e79ab53a0e7292f45fe7350dec285a651de42fec9dcb23222a0bc9ced83f282f2360234505e45a6c3ddcf968d24282f80d00ce575a2599c7fc5f5fa5096525e7d8fa44e79ab1398e6292f45f65250dec285a651de42f6a8dcb2e213505ecef6417941791b011a28af22d3e1ee67cb46129417406884f2c661e485c5e406e787b293f26a7c2479cacbf1d91ac5d76abe610cb73d7e0076ad90fd2c9b6ad09acc6a394a8cb46d6db904bbbfceddef145fccd9fd35dfb14e3648e65592683a9e1a3c6f016a6a4e61fd79e019ae4a836c5164c0c410636d1ae97652ff1b32cf6b478d1e56fd18738647d9c890eb4eef87695e3ae4c8d17fdbebb6e4442451483108a5d9e929550eed13792771fbe2009252cb147418fecc990e65e64c0833106648b2768ab31c437282ca926aa41c8540c389d05281462cb9a11594b2eb128dd89041a48148a30558fd1875b3651a95d4b498eaa5830ea186f1baac35d97c3b2dd5b4300c106b3820d49258c3f3f20c65ce678835106b48f24d8b731d43b259cb926b24cb8658c389d052b1462c2daf15b4b2eb628dd89041ac8158a30558fd1875b3c51a95a4ea98eaa5830eb18691c1d29a3cf49d166b5a180688351c106a49ace1a856e050562b805803b186a4528238d731a40e832cb946990788359c082d156bc412ca5b412bbb2ed6880d19c41a88355a80d58f51375bac51290782a95e3ae8106b182a81351554ba2dd6343f0c106b3820d49258c35167c7a1acb303b106620d498d1f71ae6348052159728d0245106b38115a2ad6889542b18256765dac111b328835106bb400ab1fa36eb658a352c80a53bd74d021d630bebfb1a6f657a7c59a168601620d07845a126b382ac4399415e220d640ac21a94e27f1c9b719b5ef64c9354aeb41ace1446879ce1aa1225e56d0caae8b35624306b106628d1660f563d4cd166b544a3062aa970e3ac41a864a604dd5ca6e8b35cd0f03c41a0e08b524d670d43675286b9b42ac8158435257559ceb1852b555965ca3282cc41a4e84968a3562e527ada0955d176bc4860c620dc41a2dc0eac7a89b2dd6a8140fc6542f1d7488358c5eb7a6de72a7c59a168601620d07841a146bfebe5d3d5657814aaf2029fe346e5d9be99ca2e10dd27f6c55e77cf0387783380730a9608ebc31a99753e4cdc9c416e5ad1556f286ecfdd684bd3eaa3d0ff9b547735dc5c2aa2ead367d2cf4dc7cc7569594740959a3ba448d21f9ec92d978457cfc6686ad71a3923e0ef7e49a0cd27f9c936bdc9eb7d0fe0329b040ae9aa0473648591314b4307b19092d1c07b3c1bcb454143931543227430d950c4a9043257b52f490c0a2204194b5088aa8bf9e134862063f642451618e81261a491367e3200ef927980d4451e323a953c5ea8a6479aa4851910c54317b194d1daf781c8c4b721f3ad58ba0545d0c15735295be540cca946a51b1274515092c0a5245598ba08afaab49802a66f043461515e618a8a29154318c67e399cf3dc16ca08a1a1f499d2a56d743c953458a7a28a08ad9cb48a862e0cee79392cc4b6ef52228431595ccc950452583125451c99e145524b0284815652d822aeacf650daa98c10f1955549863a08a4652c5791886b339f704b3812a6a7c2475aa589d8d3d4f1529b2b1832a662fa32938174f664189bfec552f8252055c54cc4995a4533128535348c59e145524b0284815652d822aeacfa409aa98c10f1955549863a08a4652c5200e86251fd4b026980d5451e323a953c5ea5cb079aa48910b1654317b19cdbb8a93f920f4d88be0a87a11947a5751c59cd4bb8a2a0665de5554b127f7aea2ba45d17715252d822aeacfe305aa98c10fddbb8af2730c54d148aa381b85a388fd86076b82d94015353e923a55acce4497a78a1499e84015b397d1e46f9b068371c922e8572f8252f95054cc49657853312893a247c59e145524b0284815652d822aeacf2202aa98c10f1955549863a08a4652c53898cf666c5ec59a603650458d8f244f15393e67a1f88a65d23a33448e6263392e471f9c9a1627b4fc6dcbb057fed625a82a7fe352bc54b4794112cad53c18670772ed482d6a728c51e405d1e41f676f0da7eae4418d3d37d885e2a4db515b406e166e245156c099a28b6116d01a48dcdc5fa4f0b88517101437c66baefee22980a77df0cc0ffff17201571d4bc875560dcb4a02ee13ec9f95145cd10001201b1f3f4b522a2be832fc99e91ccacc74106a20d49427d48d27c3a0347b94aa5423d2ba54726581f665b2290b342f973e59d88068be643e03106d3a91fdce48d9268c9d98fdb106841b0837fa3c2a08374240ebb1ef0de106e091af141d44a39237cc6d956eecc93f4a2ade70937179f9869fefab03b38551ec8d84c3f38a0d65c65848389070caf3980e4603af6451710a8c4122d5ad40eb52996d05da9749642bd0bc5cde5a6103a2696af90c40c2e944565a13259c78128551c8dd5f907020e15c86de70c71c120e900209a7efe071c2200cf8f98005128e3d79c149251c6e322e2fe1f0f37d026db1f951ec8d84c391c9dda1cce40e0907124e79d2c82008462529f4dc026390c82b2ad0ba541a5181f665b2860a342f972454d880684e503e0390703a912dde480967144f4ade5a62f517241c483897a137dc31878403a440c2e93978d22c8f213b44c1e403164838f6d4eb209570b8c9b8bc84c3cff709beeb6b7e147b23e170545871282bac40c2818453eae34f06be974905955b54bc0263109770445a97917044da979070449a979270c40d084a389c0620e174a28a8b91128e13c5313b18c4ea2f483890702e436fb8630e0907488184d373f044a3308ed89e32930f5820e1d853478b54c2e126e3f2120e3fdf5707660ba3d81b0987a3f2994359f90c120e249cf26429c16c3ef7d98bcaa8c0182472e108b42e950b47a07d995c3802cdcbe5c21136209a0b87cf00249c4e54573351c289c2d88fa7dcfd05090712ce65e80d77cc21e1002990707a0e9e701645b1cbcf072c9070eca96f499b0b87978ccb4b38fc7c9f20174ef3a3d81b0987a322a943599114120e249cf23a99e3a9ef952c2a7e813148945215685daa72aa40fb328552059a97ab8b2a6c40b40c2a9f0148389da87a6aa2841347b15712a564f517241c483897a137dc31878403a440c2e93b78c2681ab243144c3e608184634fdd695209879b8ccb4b38fc7c9f0098cd8f62e7251c8e1c3814a96fa699d3ed2836ddd339f2e839cd3c267c64b50e410b527a87a00d19cd43d084dc522b654474b1e53702fda32b35b857655c79c549a30551a3dde52799a74d2c69b58b9ae39199d1bdae497a173a5658752258700cb333d604a9ad73339610e76d4f593a2b98b186cc580ad1d2d629dbc474aa003ae1c26082f2a57b5fe929480564556df0ea8836ab13a192226c8ff97fe7c9043d802783f41fa7b36da00e0f541b8e6abd660ca7d9da66974280e1f48ee89023d0707e47f4fab222220e883820e2808843b7220ea11bc625a9d81173003b43ccc1406a55a8db9d9fb3883a20ead05d970a731671871626547fe20efaf7969ec21491074b308ad80328857608cfc6411cf2bbdd883e00d7883e9831bfd4e30f8e40fce152c419f107c41f107fa03482f88301f187280edd90fd211daba83ce20fe067883fb44caee683d1c063fbdf0e3f8faad2883067117fc09cb567ce22fe80f8830d3845fc01f107d3318af8032885fedcd8f16c3c6397ef64b9dd883f00d7883f9831bfd4e30f3c8996cef107645c42fc01f1873bc41fba1a7ff0a328cc575d382fd4f9d221883f809f21fe6004b99a0641306267852548008bf803e20f98b376cd59c41f107fb001a7883f20fe603a46117f00a5d01f420bc370c62e5cc472bb117f00ae117f30637ea9c71f3c81f843363880f803e20f883f20fed0a5f84318879368c25ca83dc6428df803f819e20f2d93abc9c0f74a8a7f79fc3caa4a23c29c45fc0173d69e398bf803e20f36e014f107c41f4cc728e20fa014da211cc4c1301c70bbdd883f00d7883f9831bfd4e30f2381f8c308f107c41f107f40fca1abf107279ac5f99478e7853aff5504e20fe067883f1841aebc60369fb33f2e1df1f3a82a8d087316f107cc597be62ce20f883fd88053c41f107f301da3883f8052e8afff300a47113b84c672bb117f00ae117f30637ea9c71f7c81f8838ff803e20f883f20fed0d1f8431c465e49a038cff0117f003f43fcc10872158fa7bec7f6bf7d7e1e55a51161ce22fe80396bcf9c45fc01f1071b708af803e20fa66314f107500afd100ee6b3924f78586e37e20fc035e20f66cc2fd1f843b8d87ef969b5dbb3830ee9d9bbc369e538c3789039dd4e9c214f96e468578e741916bb80789c9b6583c37f8559b65ffeb1cf0da66695b82592ce3a5fb5990c35ed26a692f47a6ca8b99105c0682032842326061c6b1db38a31cf1efbf0b4785cd2905a96f065c8f4af1d456d68b30f0a01011418da520b6a0de130f67251a040823e05a7815501c3a85fb0c0306a184659bff8f452deb0c63f3ebf9077752de028c351b6c451f6e2c9306057ac86ab0c5719aeb22c70acdd871dcf8d7df67b97709619e3d86967d9f547f1949d0404ee72cfdce536b00087b94b030997d99e8154749a1d4ea7d981d30ca7d936a7793e180d3cb6d3ec6487134e339c6638cd7dd8897dc7f11cb7644580d3dc2fa779eab9beebf183014e73779de636b000a7b94b0309a7d99e8154749a5d4ea7f952cb1d4e339c665b9ce6691004a32973deb9d9e184d30ca7194e731f76622ff2870ebbc2b1cbda89e13477d8691efb53c79df383014e73779de636b000a7b94b0309a7d99e8154749a3d4ea739ebd1c26986d36c85d3cc5350174e339c6638cd7dd989ddd81d8ed8ef7c79ac9d184e73879de651ec4dc7337e30c069eeaed3dc0616e034776920e134db33908a4e7349a1f31ba799a0c8399c6638cd0d7fd3cc51050e4e339c6638cd7dd9899dc168e28f4b560438cdfd729adde1c49b06fc6080d3dc5da7b90d2cc069eed240c269b66720159de692ea9c374e3341654e38cd709a9b759a794a97c06986d30ca7b92f3bf174ec8d07652b029ce67e39cd91ebcf07ec5806130c709abbeb34b7810538cd5d1a4838cdf60ca4a8d37c58073fbd1d4c250b29db673e5f7477be4add63cea6df36ce632ef0e7d35e715390c8545f99054ef192d485b459a74e28e4cd624cdc7cf365ad73743173d253b75ec109d51bafaca447528ef576b92237725a630aa0822ac35ad8fdf41fd3efce1e3bd60a1c4e21d4d02f46f6b080c2143c82a57c06d24835a255b2e584646d78cba3c5275941b5ca6d0c36379daa8f2c4b78290ead61436706df57dfe1cf0719a39933694ced1d0abc31b41dc0cdd48dc59a4269fcdaf6e13f4e5ee5fb440f242e7b087c289afee37c200aa57ebd4c292ff7fce57271f22e30ffad7c6dfc56144591eaca62457184b2c0185492c2853d53490af5be72ad53e82422ed4b282522cd432be9995612c64ecc4e2706b5846f56432d815a629f5ae2ccbdf9989dd1177a89690e2cdf0e5918d2c23e7f3edca262d206e6a099c841ae9d4fce5a00886ed52498cce711cf33d9a39bccc6411c46dc8f04e5c40ce5a4a4bc5c99724251650eca49e1c29e292722adcb282722ed4b282722cd4339e99772124fa2302aab6778bb094239817202e5440c6f662a27e3b13377d8ef0d336b214139b99c365539290c6961bd391f6e5139690373504ee420d7caf6d20640742b27d1289804ec04442c8665837212c6b3f18cfd7928eb91a09c98a19c94d4182c534e284a0d4239295c689c7252283390230d5e6e7997514e0a95ff72adbb85d665941391f625941391e6a19cf44c3919c593881d3ec8d7c5817222ac9c702f4af6505b28275d514e46d178e416dfb7ae288805e5e472da54e5a430a4857dfe7cb845e5a40dcc413991835c3b05075a00886ee524f42337e0a93c688f72320fc370c6ff4822ca098d46505252b14c23a0a8ac088da070a1711a81881b2cae11882810321a8148fb121a8148f3d0087aa61138511cb385f2fcbb94d008843502ee45c91e12078da02b1a81377703bfac78af263a0e8de0fcd05a3482c29016f6f9f3e11635823630078d400e72ad6c2f6d0044b746309fcf0761319b4739c3b2412308e26018b2a51cd623e1ed0a33deae28a9ab59a69c5094d7847252b8d038e5a4505a23471afcdcf22e95d1235fed32d7faa8d0ba54460f81f665327a08340fe5a45fca4914c67eccded7f3b5a0a09c082b27dc8b923dd416ca4957941367eccfc6ec0819b3081c9493cb69539593c29016f6f9f3e136337ab48039282772906b27a3470b00d19ed1c30fc3889d338dc5b06c504e66a37014b1052ed62341393143392929ae5aa69c50d458857252b8d038e544441c10574e44741919e544a47d09e544a4792827fd524ee228f6223657c9bf8902e5445839e15e94eca1b6504ebaa29c04fec81fb0093db312209493cb69539593c29016f6f9f3e1169593363007e5440e72ad6c2f6d0044b7721207a117b073a1b218960dca491ccc6733b672c27a2428276d29273fad76fb1ab9e47089ba44924d9c0a8984562281cb6a49a95363d84495bb3a740cf140a6913b73d99b3d337dd77c6e9e775978861ce5be49a2577c00edbe66e950f3d691b64130e0712a79452652b782dea8245585cf51f94ef820fdc7b99db854252b757e357ef88ff7815cfe075261a19c850cd34b29ab188296162e042ded63553910531053105310535d46414c3510d3d00de3929491b652d3308846f190ff919a25a775b5a2b2e494a25014c869e14290d33e16ee0139053905390539d56514e45403398de2849eb25f01606d283690d3d8098330e07fa466c9695d398e2c39a5a8c501725ab810e4b48fb511404e4546325917a28940ce2813c969e11972e4f426731bc829c8a9925190531de4d48fa270c4bda1d8404ea3593c0cd9020ef3919a25a77579e0b3e49422093cc869e14290d33e26e506391519c971349d7b02454f4c24a78567c891d39bd24320a720a74a46414e7584f5e37052924987b5a158414e47615c924480f948cd92d3ba54bb59724a916717e4b47021c8691ff39e829c8ab919637730638e24f3cb6713c969e119aaf30f809c829c2a190539d5414e9d5468e4de506c20a7e12c8a6297ff919a25a775d90cb3e494229521c869e14290d33ea6960339151949d79b8433763c8d99d0d844725a78861c39bd492b0e720a72aa6414e45447f2c930f24a4a9db136141bc869f248d3928274cc476a809cfe7dbb7aac21a5874bd4b9a80b2e9abf90908bb2269aeedcce270c22ed72fdbc97ccd1d1003396a13bfc1f2f1dfee37c6c8a4c88d42c523c999ff55d685ad25eee9e2a8c55594f9d287f40c0160ccb356b704fe94eba3a19a4ff386709457e52dd4451db03a9d044cea44ee9a594499dc01b0b178237f685374a27d0b09d390693f93c6267d1067734b813ad658fae3f8aa73c330dfcb195bed2cd2067e3200ef9b32fd9c021353e12018baccbbe94659114d997c0220b178245f685454a67bab09d4546a360128cb91f1c2cd2904eb496454e3dd777d98c9b99adabcf2cb28dbed2cd22c378369eb1bf1e65cd151b58a4c647226091756992b22c92224d125864e142b0c8beb048e99414b6b3c8d08fdc80fd622bebc1c1220de9446b59e4d89f3a2e4f5f8145b6d257ba59e43c0cc319ff5cb181456a7c2402165997cf28cb2229f2198145162e048bec0d8b94cd1d613b8b9ccfe7839257bf590f0e166948275acb2247b1371db3530c3093b3f69945b6d157ba59641007c392cf675873c50616a9f1910858645de2a12c8ba4483c041659b8102cb22f2c523ac983ed2c32f0c3b0249b1cebc1c1220de9446b59a43b9c7853f6bb23cc5c007d66916df495f6f72247e12862977860cd151b58a4c647226091751982b22c922243105864e142b0c8beb048e96c0cb6b3c83808bd80fdea15ebc1c1220de9446b5964e4fa739174a77d66916df4956e161907f3d98c4db95873c50616a9f191322cf2f27f939dfcff00504b030414000000080000507b5da33f465fbf030000e709000011000000776f72642f73657474696e67732e786d6cb556dd72da3814bedfa760b8e16609b6714ce329e924b0de4d266c3375fa00b27d006df437920ca14fdf23db8ac9966698edec15f2f9cebfbe73c4c74f2f9c0d76a00d95623e0a2f82d10044292b2a36f3d1d7a76cfc61343096888a3029603e3a80197dbafeede33e35602d6a99017a1026e5e57cb8b556a5938929b7c089b9900a04826ba939b1f8a937134ef473adc6a5e48a585a5046ed6112054132ecdcc8f9b0d622ed5c8c392db534726d9d492ad76b5a42f7e32df439715b93a52c6b0ec23611271a18e62085d95265bc37fe5fbd21b8f54e76ef15b1e3ccebedc3e08c72f75257af16e7a4e70c949625188317c4994f908a3e70fc83a3d7d81718bb2bb17185e661d09cfacc0d3b2791167aa08526fa709c052fd3bb8d909a140ce643cc66788d8cfa26251fecd31d41e705189b513b9c38008b91ebdc120b081b058c397a0e4b06049dedd38d261c99e5258d4d056b5233fb448adc4ae5ddcea2a085cb2dd1a4b4a073454af4b690c26ac9bc5e25ff9676812cd5d8c4d6c2901d3c6ad851d83fd2d2d61a5a470d95dda93690fdf1400eb2b64748de8e093a168463b16fa8bf9215b8026a4dcfbf8fa14f12dbf64e208953ad69054faec9b93d30c8b0c69c7e831b51ddd7c652f4d80cc02f64f05e02205ce4cf488ba783820c88eb99f99f8235179631aa56546ba9ef448593f9abc126c7d78b2bb232fef0454aeb5583e0369ecda61db11cda23c1344ec2e4249204c974710a092f83597c7b0a89ae92e9d5f214328d92ecea64063737e1f2c3499b9f67bdb80d92243e85648be46a9a75bde93ac253b7fb1eb53f399a0d786bb120bcd0940c566e3b4e9c46a19f6fa9f07801b82fe018c9ebc283e3710b184e18cb705c3d10b4f28a1ab5847573662ba237bddf4e439f94e26ab87ff555224f40ffa965ad5a74af896ae9e355c238ee2ca9b00f947bb9a98bdc5b09dc7047502daacf3bddf4a96fcf3eb548bf660c1f48c3dd4617c4f86bee8807c4d81b43c97cf80f19df3f7674673a77ac851551aa657cb109e74346375b1b3a338b5f15beabcd47b1893a2c6ab0a8c59a0f52ba6251bb3bf4b2c8cb8ef4a65e36ed65b197c5bdecd2cb2e7b59e26589936d71fc35aeec679c437f74f2b5644ceea1faabc77f1075cbdc4df74d6da55fc9dd0636ed66de1205cb76df231f652be81e0033d8a5f062b1cd153e2703a368c5c90b5e6a10cd9cf34e9b357bfb8daec39cb27aeba12296f8fdf0c6b899897fe5e2dea192227ff3032ffae7e5a22d8b51838b4ce14b64a5f6d8ef0d16c658747987a387a7461ec541120549f80ab741ee38d9c052d15e711a04dd80fabf68d7df01504b030414000000080000507b5de85ae55300010000b601000014000000776f72642f77656253657474696e67732e786d6c8dd0c16ac3300c00d07bbec2e49253e3648c31429232181dbb9441b60f701c2531b52d63b9cdfaf733593618bbf42621e921a9de7f1acd2ee049a16db2322f320656e2a0ecd4641fef87dd63c628083b088d169aec0a94eddba45eaa05fa0e42888dc42262a932b249e7105cc539c9198ca01c1dd8581cd11b1162ea276e843f9ddd4ea27122a85e6915aefcae281ed28df1b728388e4ac233cab3011bd679ee4147112dcdcad18fb6dca22de807e7510251bcc7e86fcf08657f99f2fe1f6494f44838863c1eb36db45271bc2cd6c8e8941959bd4e16bde835346984d236612c7e50688dcbdbf1856ff980470c9db8c01375710d0d07a521166bfee7db6df205504b030414000000080000507b5dfb39a07363020000fb0a000012000000776f72642f666f6e745461626c652e786d6cdd96c16eda301cc6ef7d8a28979c4a6c93b514112ac686b4cb0e1b7b00131cb016db91ed40b9d2fbce3b6c8f30edb049bbf46d907aed2bcc2401820819744348032139ffcff962fff4fd1d5ab7772cb226442a2ab8efc01a702cc20331a47ce43b1ffabdcb8663298df910478213df9911e5dcb62f5ad36628b85696b99dab260b7c7bac75dc745d158c09c3aa2662c28d180ac9b0369772e4322c3f26f16520588c351dd088ea998b00b8b2731b79888b08431a9057224818e13abddf9524328e82ab318dd5ca6d7a88db54c8612c454094325b6651e6c730e56b1be8ed18311a48a144a86b6633f98a522b733b04e98845b6c582e69b1117120f22e2dbc6c86e5f5856cece9a363966a6fe7ec606224aa5548c31178a40a34f70e4dba0e463bbebd9c1184b45f47a362a682166349aad249c68511063aa83f14a9b604997ab2ce88a8e8c9aa801d8acc1ce2ad0b7e17605edcca96f5782d4a7b15d818539e9835b6ec6a60c539f32a2acb7646abd130cf3fdbc90f95e813a78013cf34366e455f002a7e0f5daec08757abd0dafaea95c373cb8c3eba68a577a09339f637975311b984556715af2c9382d79a1f37002a8c8c95b56bc75e5c05c659c6e9ec5e9e9e1dbd3c30febf1f3a7c72f5fff511736f6d3926978372a17ba2f13d29fc5640fc390de91617563c20d40d000d7658d09ff04103db731bb38a226695541eba58d88d2c89d2768b02c689d6e49d00e68c8bf0ada62fe7331ffb5b8bf5fccbf9f3e6e4c0c89fccff226124989acca1b30793b90dd69f2963fb65ee0546070e4c196f33e9653c7acb0e26f05022fcdb1efe57d89ce75fc97be26eba77a4dae46aa7df11b504b030414000000080000507b5d944122b8c6060000bb2a000015000000776f72642f7468656d652f7468656d65312e786d6ced5a4d6fdb3618bef75710bae4d4fadb758aba45ecd8edd6a60d12b7438fb4445b6c285120e924be0ded71c08061ddb0c30aecb6c3b0ad400becd2fd9a6e1db60ee85f1829d98a285172e6c54dda2507c722f93c7cbf5f52f0d5eb871e01fb88714cfdf65ae552790d20dfa60ef6c7edb57b83fec5d61ae002fa0e24d447edb529e26bd7af5db80aaf0817790848b8cfafc0b6e50a115c2995b82d8721bf4403e4cbb911651e14f2918d4b0e830792d623a56ab9dc2c7910fb16f0a187dad6ddd108db080c14a575ed020073fe1e911fbee06a2c1cb509dbb5c39d93482b9a0f57387b95f953f8cca7bc4b18d887a46dc9fd1d7a304087c20204722127da5639fcb34a314749239114442ca24cd0f5c33f9d2e41104a58d5e9d87818f355faf5f5cb9b6969aa9a3405f05eafd7ed55d2bb27e1d0b6a5452bf914f57eabd249499002c534059274cb8d72dd489395a6964fb3dee9741aeb269a5a86a69e4fd32a37eb1b55134d3d43d328b04d67a3db6d9a681a199a663e4dfff27ab36ea46926685c82fdbd7c1215b5e940d3201230a2e466314b4bb2b452d1afa3d4489c7671228ea82f1664a2071f52d697ebb4dd0914d807621aa011b425ae0b091e327c2441b80ac1c492d49ccdf3e7945880db0c07a26d7d1c4059628ed6be7df9e3db97cfc1ab472f5e3dfae5d5e3c7af1efd5c04bf09fd7112fee6fb2ffe7efa29f8ebf9776f9e7cb500c893c0df7ffaecb75fbf5c801049c4ebaf9ffdf1e2d9eb6f3efff3872745b80d068749dc007b88833be800ec504f2a5fb4251ab225a10317e22474c31f73e843052e82f584abc1ee4c218145800ed21d709fc9625b88b83179a829b5ebb28948c79686b8e57a1a628b52d2a1acd800b7941849db4dfcf102b9d82409d88170bf50ac6e2a847a9340e61a2edca4eb224d956d22a30a8e918f045073740fa122fc038c35ff6c619b514e47023cc0a00371b121077828cce89bd8938e9e16ca2e434ab3e8d67dd0a1a470c34db4af4364ba4252b809229a176ec089805eb156d02349c86d28dc424576a7ccd61cc7850ca6312214f41cc47921f82e9b6a2add92b57141646d91a9a74398c07b8590db90d2246493ee755de805c57a61df4d823ee27b325320d8a6a2583eaae7b07a968e85fee288ba8f9158b242ddc363d71c8c6a66c20a731551bd864cc908a2c476aa21667a9bea77d83f56bff364bb4bdb6c95fd4eb691d7df3efdc03add86b46161b2a7fbdb4240baab752973f087d1d436e1c4df463281cf7bda794f3bef6967a8a72dac4aabef647ad78aee7ff3bbddd175cf5b74db1b614276c594a0db5c6f805c9ac6e9cbd9a3d1683ce48b2fa2812bbf6ada948c58891c33180e0246c52758b8bb2e0ca44c152bb5c3986bb2c4a320a05cde9f2d7d2a5fa8f4bae8fd1496960e1735f4f7473a1f145bd489d6d5cae685a1a2f37d53e29694bcb92ad4d4d627a546edf269a95189184f488f4ae3987ae4f8ed5fe9118da4c24c9dfae4994f9648294db31a6927b31212e4a8304d05f93c9ccf728c57729c1e11bad041c75997b07ea576b6a3a830a997d0f7b4a2adbc28dac2826fa8dd8ad6371674e28383b6b5dea8362c60c3a06d8de41d477ef502b91f57ad1192b1dfb66cc1d2d16aec05c7f7916efb7573a2a703ad6c5a966bf69cae13d2068c8b4dc8dd88385c95b62ef10da6aa36eaca25abb55569d55ad45a95f7558be8c910e1683442b6304679622ab57534632abb742210db759d03302413b603a575ea513a3a98cb035975fec06481a9cf32552ff0e602967eef6fa873e142480217ce0a4e2bbfde4474d98c88e54f7bc1a0f2d170ca46abb25ded1dda2ea7b29cdbeef46d37ab1dc847352763085b5e4e1804aa38b42dca844b65bb0b5c6cf799bcd39854945600b29829030042fdf03f43fba9c6399727e2cf6c4be4554cece03160583661e13284b6c5ccdeff6ed74ad578a0080bd86c934c85ccda42592830986788f61119a862de546eb2803b6f4ed9baabe173023635acd7d6e1b8ffbfbd12d6dfe5a95053a17e9287e07ad1552a71105b3f2d6d4fe2cc9f50a47a4cb7551b0545eebf1ee603285ca03ee4790a339b202ba3be3aaf0fe88ecc3b105f5580ac26175bb3d21e0f0ea58d5a59add4de6a8bf7ef226a50c6e8a2b3f99622116b39f7df6cac9d84222b88b58621d40cf97dbc485363a67e115e4ebdc4cb483590f965983a010d1f4a0937d1084e48e2e7623c9043899ec4836d564a3c0fa933d547088f7a59728c670e69c4df4123809d434322a4a261f6d3a9ece564e748b2d8d0316b6d39d61987e14019335797638e597499e5a92a660edf242f60270699238e6428240c1e9d45622f86b65fb94f97b4d1029f9657e6d32563f0847c2a0e97f069ecc5f0fc9fc95ea5e3a160b03bffe1992c09728f38fdaf5df807504b030414000000080000507b5d9e803ad7a70000000601000013000000637573746f6d586d6c2f6974656d312e786d6cad8cb10ac2301400f77e45c992c9a63a8814d352102711a10aae49fada0692bc92a462ffde88bfe0787770c7e66d4dfe021f343a4eb7454973700a7bed464e1ff7f3e640f31085eb8541079cae10685367475975b87805214f03172ac9c914e35c3116d4045684026770a90de8ad8809fdc87018b48213aac5828b6c57967b26b5341a472fe66925bfd97f561d185011fa2eae063861edad2d9edd2585afb80a9b647284d5d907504b030414000000080000507b5d3ecae5d5bd000000270100001e000000637573746f6d586d6c2f5f72656c732f6974656d312e786d6c2e72656c738dcfb16ac3301006e0bd4f21b468aa656728a158f61202d9427021ab90cfb688a513ba4b48debea253031932de1dfff7736d7f0fabb841268fd1a8a6aa9580e870f47136ea67d87f6e9520b671b42b4630ea01a4faeea33dc16ab96468f18944412219b930a76fadc92d102c55982096cb8439582e639e75b2ee6267d09bbafed2f9bf21bb27531c4623f3616ca4181e09deb1719abc831dba6b80c82f2ab4bb12633887f598b1348ac1e619d848cf10fe564d554ca9bb563ffdd7fd02504b030414000000080000507b5db5bb4c4de10000006201000018000000637573746f6d586d6c2f6974656d50726f7073312e786d6c9d90b16e8330144577bec2f2e2c931a0046814884800296bd54a5d1d7880256c23db448daafe7b4d3a3563c777ae74eed53b1c3fe5846e60acd02a27d126240854ab3ba1869cbcbf353423c83aae3a3e690539b98325c722387476df71c7add3062e0e24f21ee599cdf1e8dcbc67ccb623486e377a06e5c35e1bc99d3fcdc074df8b162add2e129463711826ac5dbc4b7ec80923ef165e79a972fc5537719a655142eb73d2d032d9eee84b9856346de25d599f4f51b52dbf711120b44efaed7c85deaee489addec588ff0ebc8aeb24f460f83cde317b34b2a7ca07f8f39622f801504b030414000000080000507b5d90d087896b0300008915000012000000776f72642f6e756d626572696e672e786d6ccd58dd6ee23818bddfa74091465cb58993340434b4a240565d8d4623b5f3002618b0ea9fc83130dcee4bed63cd2bac9d3fa88a334c1276cb8d137fdf39fe7c4efc05f8fcf08392de0e89147336ee835ba7df432ce64bccd6e3fef797e826ecf75209d91212ced0b87f4069ffe1fe8fcffb11dbd205122aafa728583ada27f1d8da48998c6c3b8d3788c2f496e258f094afe46dcca9cd572b1c237bcfc5d2761de0645789e0314a53c533856c0753aba0a3fc32360ae3f2d2759c50dd635671bcaf882788a9e08a0b0aa5ba156b8510afdbe446712650e20526581e345750d1ecc6d656b051c17153d5a1312355c068474999cceb72f3428ba144884b8acc21331e6f2962322bcf1688a882394b373839ead6944d05372549ed864f36bb4f80dfcef499807b351c092f297f998328c92baf6704ce058e688a0a7149096fd72c2b397df8f6cda4391577dd4edb3f05df264736dc8eed89bd565caa13fc0e57e1d1e9d6d276c53c6f60a20e108d474f6bc6055c10559152bca79f48eb5eb527b848a580b1fcbaa5bd37774fcbb1e564292cc54b15db4132b6a2ec33985ab68ed02d91f80bda21f272485099a31726289bced3244d48199c7ac0994f7d378f909d0e6035948ba9262a64990cf22cd542235a4d2e518c292415c10bfa51c53e81db6afeafb89c256825f3e9e49bc80a52fb2cc63247ad61a9eb842bc541e8383adf3e6662a625d0444558dd6d205bebfe6f7941999ef1dbd9f2d978a2e72fc50626b1678dc59efb4e38745cff438bedfbb562eb70f762bb26b1e78dc58e1e811b0cbd49476227cff240aa95bfe05497aebe4978d7f4c2096bbdd0e1eebdf04c5e448dbdf042df07c15d575dc6e4857b452f066e9d153adabd13bec189103476020cc064ea4d5ab4a0c5961024cf2afdf3ef7ffeff0eb41f8962883893a956358db1fa16f17ca00b4e32e84469fa660233a99fb115548a1664a285717726e3dce6edcc9b4fa2d97cda8d71ef4fd063163ddfcd3af2b55d37fb08be06265fbde6ad7106e65134ebe8409a7c3ddf19bbf1b55567fc08ae0e4cae868d5d9d3993c07dccfbd8155f78577cdf1d7d3ae7aa8e76ffbe0b4d460c1b1be10e0701505e5cf7785df174b5f2e13f3a5d2c33939dfe6e7ae36cb9afb0a0636760ae1916d4c03c33ecae06f6eec7f611e6d7c0eeccb0410d2c30c3bc1ad8c00c736b60a119066a604333cc3985d927ffa1deff0b504b030414000000080000507b5dc5c7f5bfdb0100004606000010000000776f72642f686561646572312e786d6ca595db6ea3301086eff72910375c1148b55a55a8a45af5b4bdabd4ec033866006ff14163079ab7dfc109d0dd2a296d6eb0c1f37ff38f19c3d5f5ab6c8216d00aadf268b948a30014d78550551efd5edfc79751601d53056bb4823cda818dae57dfaebaac2e3020b1b299ccc3da39932589e535486617da80a2b552a3648e6eb14a74590a0eb79a6f2528975ca4e98f8416eb7080f03914c9f0656b62aea5614e6c4423dcceb3468c7e879182a3b6ba740b921d7c10880f53925fd2bd5023a3cdc32daaec008847409f372365d6ca6608d6a762f7190ec3a0c0af6e174243456b656b61ec403be9f58dcf6e99ce70da692c26c5f7797bd98bc8e132f5b33729e714da4b0c6a0ed652cfc966e88ce97574d4779ff141f2ff7c98af5532d9ba45d6d13001e75456ec4543491f10dfb7ffa71cde30d5323be1aaf3700fa8b766a289f3688fea6562d9f358cf3533749424cf1e2ba5916d1aea0e6ad5a07fcbe18a3e4cc65f9ed00fcf6ed740d0652d6bf2f017b002304cfa953f7c78cae980ed9f26a3ce5f5cef39b386714a61102c600be12a0efa40e7c3a7e0b2296e6a86c1385bef0cc936505127fb8c4259876b783d820d9e7e3edc79f41878826bc130640ef6e823c88b83d1a31450c5a1ee0fab0ee27faa4efc3e27fe37b0fa0b504b030414000000080000507b5da2c8d667bd0500008420000017000000646f6350726f70732f7468756d626e61696c2e6a706567ed566b701355143ebb7b37296dcd10282d1407c2bb32c0a42d422b023669daa69436a42daf718649934d139a266177d3964e9d91fa00f5873c7cffb11454749c7150d1823a5245404707100b1418c6226af1353c145f03f1dcdda4095084915fceecddd9fdbe9cf3dd73cf397be76ea2c7a25fc3d0f2127b09300c03657841f4b4becb6eb5ae7038ab4aec15367400e8b7b9c2e1006b02680ccaa2b3d4625aba6cb949df0b2c8c8234c88634975b0a17391c1580836ae1ba71e90830140f4f1fdcffaf23cd23486e00260579c823b91b91b700f001775894017467d05ed02c8791ebef449e216282c8cd94d7abbc98f23a952f5534354e2b729a8bc1ed737990b7219f569764af4fe26a0ecac828158282e8779b682f1c62c8eb0f0849e9dec47d8ba3311089af3706ef74a9a17a01620eaddd27963963bcc3edb255239f887c7f58b650fb64e43f451a6a8b904f05608779c5925a55cfdedbeaab59823c13b9c72fdb6b62f6d6605d65953a97ed6c082d70c634fbdd92157b06e3919ff209f60a351f0e3c42b18df60bf9185fa42c169f2b979aaa6df138ad3e6ba51a871357baca1dc8b391af1343ce2a3567ae5308943ad5f8dcdeb0ec88e5c0f5070395156a4c621024a546c52efb6acad4b964968c2f519d4b967bfd25f698be2d1c50f622e646b68a11676d4c73d025da4ad538e48210ac8dc5e4477a5cc5b4b73390cf83c58c0b0408411d3edd1084cb600227948205310c227abce087005a04f40a68f133774003da06d739148dca138a7a65763f9d8dab0cae5157381bd384481631937cbce7900a32971490423091f9e43e328f14a3b590cc1998eb485a9fae757620ce2a886054aa5b0c96f5d9919cc47aede20abffbc093e7ae9a1dba2e67219e4f720740c20ec495d393ebdfd7f6fec8448c1ed275ffe1f47d6d5075b3fef267f87ebe079fbdfcc984823fc19fc4ab178a30b780925123de7e250f292983e41abaf196c185cf3ed485927457ade80daecf4e78682784b595972aa17d5ac26a3e6afed9dc63de6cde6afef19a2e0fda256e13b783fb80dbc9ede23e0713b79bebe63ee4f6726f70ef25bdab1bef8f8177afd41baf967a06ebb5000183c530da30c1506c186b9864a848c4336419720d658629e8193df0de92d74baec50fcbf019efeae06ba9ba5af4faa159a940523a1c84d5d7ecffd86c3286e412fb35bbb680eee5b84267d315eb8ac0a49baa2bd4e5eaca298fe7a79b82be427cdaaeda75ee1b542024a992eb9caeec3aba57e9ec26c52781200b2d323d68ada1f06ad15fef934d7966f36c53117eaa04933de89e31cde40a044c8a4b32898224884d826706d0efa07a445f742adf3726f340c2262f0498fb0b9e590713b6e51180d72580ac99095b0e9e89235e04e89ae58e884db1339f61be0090bcf979eaaf740b9e4da7a2d18b785ee937025cde108dfedd198d5ede82f14f02ec0e44fb40b6b5f8bd000b17d2531f528030d9c0d3d978cf63460ff01226070f70ca5980b57e20317b656cedb2d86f15d90e36ae609ee8e0e29c55a4d11360a5ff1e6e6bd020b71b8389ee06630a8b29728c115823c31999e81e188bb9f2aa20fe6165588ef03a7dca90d43414ec180a2cc3712ce1789e6069cc03e80762e4878dcb2dd20d5fe4d28f5f9591b766c3e6940996eddd239c87ce4dccaf13db87a466668d1c953d69f2949cbba6cebc7bd6ec82c27bacc5b692d2327b79754dede225f87add1ec15beff3af94e4485373cbead6871e7ee4d1b5eb1e7b7ce3a6a79e7ee6d9e79e7fa173cbd6975e7e65dbabafbdf9d6db3bde79b76be7ae8f3edef3c9de7dfb3ffdeccbc35ff51c397aacf778dfe96fce7cfbddf7fd677f387fe1e2afbf5dfafd8f3fffa27531c00d943e685dd804862584237a5a17c336538191f0e37275c38a16e95dab868fcf5b939261d9b0797bf79009f9ce7323eac443a9991367f64d3a4f4b532abbb5c2daff5365038525ea3a0ee91c6e38236784f970e54a0e74b00fa682061a68a081061a68a081061a68a081061a68a081061a68a08106ff3388f6c23f504b0102140314000000080000507b5d893de165a10100004a0700001300000000000000000000008001000000005b436f6e74656e745f54797065735d2e786d6c504b0102140314000000080000507b5d79264b40f8000000de0200000b00000000000000000000008001d20100005f72656c732f2e72656c73504b0102140314000000080000507b5db28acef6890100003e0300001100000000000000000000008001f3020000646f6350726f70732f636f72652e786d6c504b0102140314000000080000507b5df4dbdb17eb0100006c0400001000000000000000000000008001ab040000646f6350726f70732f6170702e786d6c504b0102140314000000080000507b5d1d7301f3270700009c3b00001100000000000000000000008001c4060000776f72642f646f63756d656e742e786d6c504b0102140314000000080000507b5d6dc1c2143f0100004b0500001c000000000000000000000080011a0e0000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b0102140314000000080000507b5d25b312919d2f0000805605000f00000000000000000000008001930f0000776f72642f7374796c65732e786d6c504b0102140314000000080000507b5d607982d33935000073af06001a000000000000000000000080015d3f0000776f72642f7374796c657357697468456666656374732e786d6c504b0102140314000000080000507b5da33f465fbf030000e70900001100000000000000000000008001ce740000776f72642f73657474696e67732e786d6c504b0102140314000000080000507b5de85ae55300010000b60100001400000000000000000000008001bc780000776f72642f77656253657474696e67732e786d6c504b0102140314000000080000507b5dfb39a07363020000fb0a00001200000000000000000000008001ee790000776f72642f666f6e745461626c652e786d6c504b0102140314000000080000507b5d944122b8c6060000bb2a00001500000000000000000000008001817c0000776f72642f7468656d652f7468656d65312e786d6c504b0102140314000000080000507b5d9e803ad7a70000000601000013000000000000000000000080017a830000637573746f6d586d6c2f6974656d312e786d6c504b0102140314000000080000507b5d3ecae5d5bd000000270100001e0000000000000000000000800152840000637573746f6d586d6c2f5f72656c732f6974656d312e786d6c2e72656c73504b0102140314000000080000507b5db5bb4c4de10000006201000018000000000000000000000080014b850000637573746f6d586d6c2f6974656d50726f7073312e786d6c504b0102140314000000080000507b5d90d087896b03000089150000120000000000000000000000800162860000776f72642f6e756d626572696e672e786d6c504b0102140314000000080000507b5dc5c7f5bfdb010000460600001000000000000000000000008001fd890000776f72642f686561646572312e786d6c504b0102140314000000080000507b5da2c8d667bd050000842000001700000000000000000000008001068c0000646f6350726f70732f7468756d626e61696c2e6a706567504b050600000000120012009f040000f89100000000');


--
-- Data for Name: calendar_day; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (1, '2026-01-01', 'nasional', 'libur', 'Tahun Baru Masehi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (2, '2026-01-16', 'nasional', 'libur', 'Isra Mikraj Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (3, '2026-02-16', 'nasional', 'libur', 'Cuti Bersama Tahun Baru Imlek', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (4, '2026-02-17', 'nasional', 'libur', 'Tahun Baru Imlek', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (5, '2026-03-18', 'nasional', 'libur', 'Cuti Bersama Hari Suci Nyepi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (6, '2026-03-19', 'nasional', 'libur', 'Hari Suci Nyepi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (7, '2026-03-20', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (8, '2026-03-21', 'nasional', 'libur', 'Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (9, '2026-03-22', 'nasional', 'libur', 'Hari kedua dari Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (10, '2026-03-23', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (11, '2026-03-24', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (12, '2026-04-03', 'nasional', 'libur', 'Wafat Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (13, '2026-04-05', 'nasional', 'libur', 'Kebangkitan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (14, '2026-05-01', 'nasional', 'libur', 'Hari Buruh Internasional', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (15, '2026-05-14', 'nasional', 'libur', 'Kenaikan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (16, '2026-05-15', 'nasional', 'libur', 'Cuti Bersama Kenaikan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (17, '2026-05-27', 'nasional', 'libur', 'Hari Raya Idul Adha', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (18, '2026-05-28', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Adha', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (19, '2026-05-31', 'nasional', 'libur', 'Hari Raya Waisak', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (20, '2026-06-01', 'nasional', 'libur', 'Hari Lahir Pancasila', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (21, '2026-06-16', 'nasional', 'libur', 'Tahun Baru Islam', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (22, '2026-08-17', 'nasional', 'libur', 'Hari Kemerdekaan Republik Indonesia', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (23, '2026-08-25', 'nasional', 'libur', 'Maulid Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (24, '2026-12-24', 'nasional', 'libur', 'Cuti Bersama Hari Raya Natal', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (25, '2026-12-25', 'nasional', 'libur', 'Hari Raya Natal', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (26, '2026-06-15', 'kantor', 'libur', 'Cuti kantor (snapshot)', 'snapshot', '2026-11-27 10:00:00', 'cli');
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (27, '2026-09-19', 'kantor', 'kerja', 'Hari kerja pengganti (snapshot)', 'snapshot', '2026-11-27 10:00:00', 'cli');
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (28, '2027-01-01', 'nasional', 'libur', 'Tahun Baru Masehi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (29, '2027-01-05', 'nasional', 'libur', 'Isra Mikraj Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (30, '2027-02-05', 'nasional', 'libur', 'Cuti Bersama Tahun Baru Imlek', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (31, '2027-02-06', 'nasional', 'libur', 'Tahun Baru Imlek', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (32, '2027-03-08', 'nasional', 'libur', 'Hari Suci Nyepi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (33, '2027-03-09', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (34, '2027-03-10', 'nasional', 'libur', 'Hari Raya Idul Fitri (perkiraan)', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (35, '2027-03-11', 'nasional', 'libur', 'Hari kedua dari Hari Raya Idul Fitri (perkiraan)', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (36, '2027-03-12', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (37, '2027-03-15', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (38, '2027-03-25', 'nasional', 'libur', 'Cuti Bersama Wafat Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (39, '2027-03-26', 'nasional', 'libur', 'Wafat Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (40, '2027-03-28', 'nasional', 'libur', 'Kebangkitan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (41, '2027-05-01', 'nasional', 'libur', 'Hari Buruh Internasional', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (42, '2027-05-06', 'nasional', 'libur', 'Kenaikan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (43, '2027-05-17', 'nasional', 'libur', 'Hari Raya Idul Adha (perkiraan)', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (44, '2027-05-18', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Adha', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (45, '2027-05-19', 'nasional', 'libur', 'Cuti Bersama Hari Raya Waisak', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (46, '2027-05-20', 'nasional', 'libur', 'Hari Raya Waisak', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (47, '2027-06-01', 'nasional', 'libur', 'Hari Lahir Pancasila', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (48, '2027-06-06', 'nasional', 'libur', 'Tahun Baru Islam', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (49, '2027-08-15', 'nasional', 'libur', 'Maulid Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (50, '2027-08-17', 'nasional', 'libur', 'Hari Kemerdekaan Republik Indonesia', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (51, '2027-12-24', 'nasional', 'libur', 'Cuti Bersama Hari Raya Natal', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (52, '2027-12-25', 'nasional', 'libur', 'Hari Raya Natal', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (53, '2027-12-26', 'nasional', 'libur', 'Isra Mikraj Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);


--
-- Data for Name: calendar_year; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.calendar_year (year, source, loaded_at, revision) VALUES (2026, 'holidays 0.109', '2026-11-27 10:00:00', 3);
INSERT INTO public.calendar_year (year, source, loaded_at, revision) VALUES (2027, 'holidays 0.109', '2026-11-27 10:00:00', 1);


--
-- Data for Name: complaint; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (1, '0001/PENGADUAN/X/2026', '2026-10-05 07:30:00', 'media_sosial', 1, 'upt', 'Lapas Perempuan Kelas III Pangkalpinang', 'pelayanan', 'sederhana', 'Layanan kunjungan daring tidak dapat diakses di Lapas Perempuan Kelas III Pangkalpinang', 'Pelapor menyampaikan bahwa layanan kunjungan daring tidak dapat diakses terjadi di Lapas Perempuan Kelas III Pangkalpinang. Kejadian dialami pada 02-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, '0001/PENGADUAN/X/2026
Lapas Perempuan Kelas III Pangkalpinang
Layanan kunjungan daring tidak dapat diakses di Lapas Perempuan Kelas III Pangkalpinang

Ayu Kurniawan', NULL, 1, NULL, NULL, 1, 'selesai', NULL, NULL, '2026-10-12 16:00:00', 0, '2026-10-16 09:57:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (2, '0002/PENGADUAN/X/2026', '2026-10-05 07:30:00', 'surat', 2, 'divisi', 'Divisi Pelayanan Hukum', 'penyalahgunaan_wewenang', 'pelanggaran', 'Dugaan perlakuan istimewa terhadap warga binaan di Divisi Pelayanan Hukum', 'Pelapor menyampaikan bahwa dugaan perlakuan istimewa terhadap warga binaan terjadi di Divisi Pelayanan Hukum. Kejadian dialami pada 15-09-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, '0002/PENGADUAN/X/2026
Divisi Pelayanan Hukum
Dugaan perlakuan istimewa terhadap warga binaan di Divisi Pelayanan Hukum

Cahya Lestari', NULL, 1, NULL, NULL, 1, 'selesai', NULL, NULL, '2026-10-23 16:30:00', 0, '2026-10-12 11:44:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (3, '0003/PENGADUAN/X/2026', '2026-10-08 10:23:39', 'sp4n_lapor', 3, 'upt', 'Bapas Kelas II Pangkalpinang', 'penyalahgunaan_wewenang', 'pelanggaran', 'Penahanan dokumen perjalanan tanpa alasan di Bapas Kelas II Pangkalpinang', 'Pelapor menyampaikan bahwa penahanan dokumen perjalanan tanpa alasan terjadi di Bapas Kelas II Pangkalpinang. Kejadian dialami pada 09-09-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', 'LAPOR-2610000003', '0003/PENGADUAN/X/2026
Bapas Kelas II Pangkalpinang
Penahanan dokumen perjalanan tanpa alasan di Bapas Kelas II Pangkalpinang
LAPOR-2610000003
Indah Permata', NULL, 1, NULL, NULL, 1, 'selesai', NULL, NULL, '2026-10-28 16:00:00', 0, '2026-10-14 11:31:39', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (4, '0004/PENGADUAN/X/2026', '2026-10-15 07:30:00', 'langsung', 4, 'divisi', 'Divisi Keimigrasian', 'pelanggaran_disiplin', 'pelanggaran', 'Petugas jaga meninggalkan pos di Divisi Keimigrasian', 'Pelapor menyampaikan bahwa petugas jaga meninggalkan pos terjadi di Divisi Keimigrasian. Kejadian dialami pada 01-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, '0004/PENGADUAN/X/2026
Divisi Keimigrasian
Petugas jaga meninggalkan pos di Divisi Keimigrasian

Budi Purba', NULL, 1, NULL, NULL, 1, 'selesai', NULL, NULL, '2026-11-04 16:00:00', 0, '2026-10-21 15:39:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (5, '0005/PENGADUAN/X/2026', '2026-10-26 07:30:00', 'langsung', 5, 'upt', 'Lapas Perempuan Kelas III Pangkalpinang', 'pelanggaran_disiplin', 'pelanggaran', 'Petugas jaga meninggalkan pos di Lapas Perempuan Kelas III Pangkalpinang', 'Pelapor menyampaikan bahwa petugas jaga meninggalkan pos terjadi di Lapas Perempuan Kelas III Pangkalpinang. Kejadian dialami pada 11-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, '0005/PENGADUAN/X/2026
Lapas Perempuan Kelas III Pangkalpinang
Petugas jaga meninggalkan pos di Lapas Perempuan Kelas III Pangkalpinang

Lestari Chandra', NULL, 1, NULL, NULL, 1, 'selesai', NULL, NULL, '2026-11-13 16:30:00', 0, '2026-11-02 15:47:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (6, '0006/PENGADUAN/XI/2026', '2026-11-16 07:30:00', 'media', 6, 'upt', 'Rupbasan Kelas II Pangkalpinang', 'pungli', 'pemeriksaan_lapangan', 'Permintaan uang untuk pengurusan remisi di Rupbasan Kelas II Pangkalpinang', 'Pelapor menyampaikan bahwa permintaan uang untuk pengurusan remisi terjadi di Rupbasan Kelas II Pangkalpinang. Kejadian dialami pada 04-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, '0006/PENGADUAN/XI/2026
Rupbasan Kelas II Pangkalpinang
Permintaan uang untuk pengurusan remisi di Rupbasan Kelas II Pangkalpinang

Tan Pratama', NULL, 1, 5, 'kasubag_pphti', 1, 'ditunda', '2026-11-18 14:49:00', NULL, '2027-02-15 16:00:00', 0, NULL, 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (7, '0007/PENGADUAN/XI/2026', '2026-11-19 13:00:00', 'sp4n_lapor', 7, 'upt', 'Rutan Kelas IIB Muntok', 'lainnya', 'sederhana', 'Keluhan fasilitas ruang tunggu di Rutan Kelas IIB Muntok', 'Pelapor menyampaikan bahwa keluhan fasilitas ruang tunggu terjadi di Rutan Kelas IIB Muntok. Kejadian dialami pada 03-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', 'LAPOR-2611000007', '0007/PENGADUAN/XI/2026
Rutan Kelas IIB Muntok
Keluhan fasilitas ruang tunggu di Rutan Kelas IIB Muntok
LAPOR-2611000007
Rizky Maulana', NULL, 1, NULL, NULL, 1, 'selesai', NULL, NULL, '2026-11-26 16:00:00', 0, '2026-11-26 08:42:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (8, '0008/PENGADUAN/XI/2026', '2026-11-20 07:30:00', 'media', 8, 'upt', 'LPKA Kelas II Pangkalpinang', 'informasi', 'sederhana', 'Permintaan informasi jadwal kunjungan di LPKA Kelas II Pangkalpinang', 'Pelapor menyampaikan bahwa permintaan informasi jadwal kunjungan terjadi di LPKA Kelas II Pangkalpinang. Kejadian dialami pada 16-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, '0008/PENGADUAN/XI/2026
LPKA Kelas II Pangkalpinang
Permintaan informasi jadwal kunjungan di LPKA Kelas II Pangkalpinang

Hasan Gunawan', NULL, 1, 13, 'kabag_p2', 1, 'proses', '2026-11-26 10:44:00', '2026-11-26 10:59:00', '2026-11-27 16:30:00', 0, NULL, 4, 1);


--
-- Data for Name: counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.counter (id, name, year, value) VALUES (1, 'pengaduan', 2026, 8);
INSERT INTO public.counter (id, name, year, value) VALUES (2, 'dok:tanda_terima', 2026, 1);


--
-- Data for Name: document; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (1, 1, 'nota_dinas', NULL, 1, 6, NULL, NULL, 4, '2026-10-07 14:04:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (2, 1, 'nota_dinas', NULL, 2, 6, NULL, NULL, 4, '2026-10-12 07:54:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (3, 2, 'nota_dinas', NULL, 1, 6, NULL, NULL, 4, '2026-10-07 15:11:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (4, 3, 'nota_dinas', NULL, 1, 6, NULL, NULL, 4, '2026-10-12 10:06:39');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (5, 4, 'nota_dinas', NULL, 1, 6, NULL, NULL, 4, '2026-10-19 15:32:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (6, 5, 'nota_dinas', NULL, 1, 6, NULL, NULL, 4, '2026-10-26 09:55:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (7, 5, 'nota_dinas', NULL, 2, 6, NULL, NULL, 4, '2026-10-26 11:04:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (8, 5, 'nota_dinas', NULL, 3, 6, NULL, NULL, 4, '2026-10-28 11:32:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (9, 7, 'nota_dinas', NULL, 1, 6, NULL, NULL, 4, '2026-11-24 14:18:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (10, 7, 'nota_dinas', NULL, 2, 6, NULL, NULL, 4, '2026-11-25 07:34:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (11, 8, 'nota_dinas', NULL, 1, 6, NULL, NULL, 4, '2026-11-24 14:36:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (12, 8, 'nota_dinas', NULL, 2, 6, NULL, NULL, 4, '2026-11-24 15:50:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, created_by_id, created_at) VALUES (13, 6, 'tanda_terima', '0001/TT-PENGADUAN/XI/2026', 1, 5, '8909c3a2079349355ca36b70c66a13f39b2f1948564c0e8502d8d7aad7ab1501', NULL, 4, '2026-11-27 10:00:00');


--
-- Data for Name: hold; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.hold (id, complaint_id, step_no, reason, started_at, started_by_id, ended_at, ended_by_id, working_minutes) VALUES (1, 6, 5, 'Kronologi belum jelas; pelapor diminta melengkapi bukti.', '2026-11-18 14:49:00', 4, NULL, NULL, NULL);


--
-- Data for Name: pelapor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (1, 'Ayu Kurniawan', '1962410970734992', 'Jl. Ahmad Yani No. 156, Muntok', '082068903724', NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (2, 'Cahya Lestari', '1925991056239055', 'Jl. Jenderal Sudirman No. 16, Belinyu', NULL, NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (3, 'Indah Permata', NULL, 'Jl. Mentok No. 4, Pangkalpinang', '082105262834', NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (4, 'Budi Purba', NULL, 'Jl. Ahmad Yani No. 125, Toboali', '087876227223', 'budi66@contoh.id', false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (5, 'Lestari Chandra', '1996520231265268', 'Jl. Kampung Melayu No. 104, Jebus', '083676749316', NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (6, 'Tan Pratama', '1921724548489858', 'Jl. Soekarno Hatta No. 81, Belinyu', '084001022375', 'tan67@contoh.id', false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (7, 'Rizky Maulana', '1988792458261090', 'Jl. Depati Amir No. 54, Jebus', '087173594876', NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (8, 'Hasan Gunawan', '1941597835424406', 'Jl. Soekarno Hatta No. 90, Jebus', NULL, 'hasan2@contoh.id', false);


--
-- Data for Name: schema_info; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_info (id, version, app_version, updated_at) VALUES (1, 5, '0.1.0', '2026-11-27 10:00:00');


--
-- Data for Name: setting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.setting (key, value) VALUES ('office_phone', '"(0717) 438000"');
INSERT INTO public.setting (key, value) VALUES ('due_soon_days', '2');
INSERT INTO public.setting (key, value) VALUES ('sop_version', '"3dcd8e4525823d92"');


--
-- Data for Name: sop_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sop_version (id, key, version, number, name, text, loaded_at) VALUES (1, 'layanan-pengaduan', '3dcd8e4525823d92', 'W.7-OT.01.02-566', 'LAYANAN PENGADUAN MASYARAKAT', '# SOP Layanan Pengaduan Masyarakat, transcribed from the office''s SOP document
# (PermenPAN-RB 35/2012 form). The engine, the deadlines and the swimlane read this file;
# changing a time or adding a step needs no code change. A complaint keeps the exact text of
# the version it started under (stored in the database), so edits here never rewrite history.

[identitas]
kode = "layanan-pengaduan"
nomor = "W.7-OT.01.02-566"
nama = "LAYANAN PENGADUAN MASYARAKAT"
instansi = "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA"
unit = "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM KEP. BANGKA BELITUNG"
tanggal_pembuatan = 2020-01-02
tanggal_revisi = ""
tanggal_efektif = 2020-01-02
disahkan_jabatan = "Kepala Kantor Wilayah"
disahkan_nama = "Drs. Anas Jaeful Anwar, Bc. IP., M.Si"
disahkan_nip = "196202191986031002"

dasar_hukum = [
    "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008",
    "Peraturan Menteri Hukum dan HAM Nomor 30 Tahun 2018 tentang Organisasi dan Tata Kerja Kantor Wilayah Kementerian Hukum dan HAM",
]
kualifikasi_pelaksana = [
    "Memiliki tugas dan fungsi Sistem dan Prosedur Administrasi Pemerintahan",
    "Mengetahui dan memahami Peraturan tentang Penanganan Pengaduan Masyarakat",
    "Mengetahui dan memahami Peraturan tentang Keterbukaan Informasi Publik",
]
keterkaitan = []
peralatan = [
    "Surat Permohonan/Disposisi",
    "Komputer/Printer/Scanner",
    "Jaringan Internet",
    "Jaringan Telekomunikasi",
]
peringatan = "Apabila data-data/persyaratan yang diperlukan tidak terkumpul tepat waktu maka terlambatnya penanganan Layanan Pengaduan Masyarakat"
pencatatan = "Di simpan sebagai data elektronik dan manual"

# Lanes ("Pelaksana") in the column order of the SOP''s flowchart table.
# A lane that is not a user of the program (the complainant) is acted for by another lane.
[[pelaksana]]
kode = "divisi_terkait"
nama = "Divisi Terkait"

[[pelaksana]]
kode = "kakanwil"
nama = "Kakanwil"

[[pelaksana]]
kode = "kadiv"
nama = "Kadiv"

[[pelaksana]]
kode = "kabag_p2"
nama = "Kabag P2"

[[pelaksana]]
kode = "kasubag_pphti"
nama = "Kasubag PPHTI"

[[pelaksana]]
kode = "pelapor"
nama = "Pelapor"
diwakili_oleh = "kasubag_pphti"   # the operator registers what the complainant delivers

# What counts as having a step''s kelengkapan at hand. Evidence forms:
#   "catatan"            the instruction/note given with the action (a disposition''s text)
#   "lampiran:<jenis>"   an attachment of that kind on the complaint ("lampiran:*" any)
#   "dokumen:<jenis>"    a generated document of that kind on the complaint
[kelengkapan.surat]
nama = "Surat"
bukti = ["lampiran:surat"]

[kelengkapan.disposisi]
nama = "Disposisi"
bukti = ["catatan", "dokumen:lembar_disposisi"]

[kelengkapan.berkas_laporan]
nama = "Berkas laporan"
bukti = ["lampiran:*"]

[kelengkapan.draft_nota_dinas]
nama = "Draft nota dinas"
bukti = ["dokumen:nota_dinas", "lampiran:nota_dinas"]

[kelengkapan.nota_dinas]
nama = "Nota dinas"
bukti = ["dokumen:nota_dinas", "lampiran:nota_dinas"]

[kelengkapan.laporan]
nama = "Laporan/press release"
bukti = ["lampiran:jawaban", "dokumen:surat_tanggapan"]

# The 14 activities. `menit` is the standard time in working minutes.
# `catatan_wajib`: the action needs a note (a disposition''s instruction).
# `dapat_ditunda`: the complaint may wait on the complainant here (the SOP''s warning).
[[langkah]]
no = 1
pelaksana = "pelapor"
aktivitas = "Pelapor menyampaikan laporan pengaduan secara langsung/tidak langsung terkait dengan dugaan pelanggaran dari Divisi/UPT/Masyarakat/Media"
kelengkapan = "surat"
menit = 30
output = "Mengetahui permasalahan"
aksi = "Registrasi"

[[langkah]]
no = 2
pelaksana = "kakanwil"
aktivitas = "Kakanwil memerintahkan Kadivmin untuk menindaklanjuti laporan pengaduan/konfirmasi kebenaran pengaduan tersebut"
kelengkapan = "disposisi"
menit = 10
output = "Disposisi/instruksi"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 3
pelaksana = "kadiv"
aktivitas = "Kadivmin memerintahkan Kabag P2 untuk memproses laporan pengaduan"
kelengkapan = "disposisi"
menit = 15
output = "Laporan"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 4
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 memerintahkan Kasubag PPHTI untuk memproses laporan pengaduan"
kelengkapan = "disposisi"
menit = 15
output = "Laporan"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 5
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI menelaah dan meneliti, memeriksa syarat kelengkapan laporan pengaduan"
kelengkapan = "berkas_laporan"
menit = 60
output = "Hasil telaahan"
aksi = "Selesai Telaah"
dapat_ditunda = true

[[langkah]]
no = 6
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI membuat konsep nota dinas Divisi Administrasi terkait laporan pengaduan untuk disampaikan ke divisi terkait untuk ditindaklanjuti"
kelengkapan = "draft_nota_dinas"
menit = 25
output = "Nota dinas"
aksi = "Selesai Konsep"

[[langkah]]
no = 7
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI menyampaikan konsep nota dinas Divisi Administrasi ke Kabag P2 untuk dikoreksi dan paraf"
kelengkapan = "draft_nota_dinas"
menit = 25
output = "Nota dinas"
aksi = "Teruskan"

[[langkah]]
no = 8
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 menyampaikan konsep nota dinas ke Kadivmin untuk dikoreksi dan paraf"
kelengkapan = "nota_dinas"
menit = 20
output = "Nota dinas"
aksi = "Paraf"

[[langkah]]
no = 9
pelaksana = "kadiv"
aktivitas = "Kadivmin menyampaikan nota dinas ke Kakanwil untuk koreksi dan ditandatangani dan diteruskan ke Divisi terkait untuk ditindaklanjuti"
kelengkapan = "nota_dinas"
menit = 15
output = "Nota dinas"
aksi = "Tanda Tangan dan Teruskan"

[[langkah]]
no = 10
pelaksana = "divisi_terkait"
aktivitas = "Divisi terkait memberikan jawaban/informasi atas laporan yang disampaikan dalam bentuk laporan/press release"
kelengkapan = "laporan"
menit = 20
output = "Laporan/press release"
aksi = "Kirim Jawaban"

[[langkah]]
no = 11
pelaksana = "kakanwil"
aktivitas = "Kakanwil memerintahkan Kadiv terkait untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 10
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 12
pelaksana = "kadiv"
aktivitas = "Kadivmin memerintahkan Kabag P2 untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 10
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 13
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 memerintahkan Kasubag PPHTI untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 15
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 14
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI meneruskan jawaban kepada masyarakat secara langsung atau melalui website"
kelengkapan = "laporan"
menit = 20
output = "Laporan/press release"
aksi = "Kirim Jawaban dan Tutup"

# Transitions. "teruskan" completes a step and opens the next; "selesai" ends the SOP;
# "perbaikan" returns the draft to the drafter (the correction loop of steps 7 to 9).
[[alur]]
dari = 1
ke = 2
[[alur]]
dari = 2
ke = 3
[[alur]]
dari = 3
ke = 4
[[alur]]
dari = 4
ke = 5
[[alur]]
dari = 5
ke = 6
[[alur]]
dari = 6
ke = 7
[[alur]]
dari = 7
ke = 8
[[alur]]
dari = 8
ke = 9
[[alur]]
dari = 9
ke = 10
[[alur]]
dari = 10
ke = 11
[[alur]]
dari = 11
ke = 12
[[alur]]
dari = 12
ke = 13
[[alur]]
dari = 13
ke = 14
[[alur]]
dari = 14
ke = "selesai"

[[alur]]
dari = 7
ke = 6
jenis = "perbaikan"
[[alur]]
dari = 8
ke = 6
jenis = "perbaikan"
[[alur]]
dari = 9
ke = 6
jenis = "perbaikan"
', '2026-11-27 10:00:00');


--
-- Data for Name: step_record; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (1, 1, 1, 1, 'pelapor', 1, '2026-10-05 07:30:00', '2026-10-05 08:05:00', 4, 'diteruskan', NULL, 'Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir.', NULL, 35, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (2, 1, 2, 2, 'kakanwil', 1, '2026-10-05 08:05:00', '2026-10-06 08:22:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 467, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (3, 1, 3, 3, 'kadiv', 1, '2026-10-06 08:22:00', '2026-10-06 08:30:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 8, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (4, 1, 4, 4, 'kabag_p2', 1, '2026-10-06 08:30:00', '2026-10-06 08:45:00', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 15, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (5, 1, 5, 5, 'kasubag_pphti', 1, '2026-10-06 08:45:00', '2026-10-06 09:34:00', 4, 'diteruskan', NULL, NULL, NULL, 49, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (6, 1, 6, 6, 'kasubag_pphti', 1, '2026-10-06 09:34:00', '2026-10-07 14:04:00', 4, 'diteruskan', NULL, NULL, NULL, 660, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (7, 1, 7, 7, 'kasubag_pphti', 1, '2026-10-07 14:04:00', '2026-10-07 14:24:00', 4, 'diteruskan', NULL, NULL, NULL, 20, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (8, 1, 8, 8, 'kabag_p2', 1, '2026-10-07 14:24:00', '2026-10-08 11:47:00', 3, 'dikembalikan', 'Perbaiki dasar hukum pada paragraf kedua.', NULL, NULL, 353, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (9, 1, 9, 6, 'kasubag_pphti', 2, '2026-10-08 11:47:00', '2026-10-12 07:54:00', 4, 'diteruskan', NULL, NULL, NULL, 667, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (10, 1, 10, 7, 'kasubag_pphti', 2, '2026-10-12 07:54:00', '2026-10-12 08:19:00', 4, 'diteruskan', NULL, NULL, NULL, 25, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (11, 1, 11, 8, 'kabag_p2', 2, '2026-10-12 08:19:00', '2026-10-13 13:52:00', 3, 'diteruskan', NULL, NULL, NULL, 723, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (12, 1, 12, 9, 'kadiv', 1, '2026-10-13 13:52:00', '2026-10-13 13:59:00', 2, 'diteruskan', NULL, NULL, NULL, 7, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (13, 1, 13, 10, 'divisi_terkait', 1, '2026-10-13 13:59:00', '2026-10-15 09:19:00', 5, 'diteruskan', NULL, NULL, NULL, 680, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (14, 1, 14, 11, 'kakanwil', 1, '2026-10-15 09:19:00', '2026-10-15 09:21:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 2, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (15, 1, 15, 12, 'kadiv', 1, '2026-10-15 09:21:00', '2026-10-16 09:39:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 468, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (16, 1, 16, 13, 'kabag_p2', 1, '2026-10-16 09:39:00', '2026-10-16 09:49:00', 3, 'diteruskan', 'Kirim jawaban melalui surat dan laman.', NULL, NULL, 10, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (17, 1, 17, 14, 'kasubag_pphti', 1, '2026-10-16 09:49:00', '2026-10-16 09:57:00', 4, 'selesai', NULL, NULL, NULL, 8, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (18, 2, 1, 1, 'pelapor', 1, '2026-10-05 07:30:00', '2026-10-05 07:59:00', 4, 'diteruskan', NULL, NULL, NULL, 29, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (19, 2, 2, 2, 'kakanwil', 1, '2026-10-05 07:59:00', '2026-10-06 07:52:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 443, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (20, 2, 3, 3, 'kadiv', 1, '2026-10-06 07:52:00', '2026-10-06 08:05:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 13, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (21, 2, 4, 4, 'kabag_p2', 1, '2026-10-06 08:05:00', '2026-10-06 11:34:00', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 209, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (22, 2, 5, 5, 'kasubag_pphti', 1, '2026-10-06 11:34:00', '2026-10-07 08:04:00', 4, 'diteruskan', NULL, NULL, NULL, 240, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (23, 2, 6, 6, 'kasubag_pphti', 1, '2026-10-07 08:04:00', '2026-10-07 15:11:00', 4, 'diteruskan', NULL, NULL, NULL, 367, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (24, 2, 7, 7, 'kasubag_pphti', 1, '2026-10-07 15:11:00', '2026-10-07 15:19:00', 4, 'diteruskan', NULL, NULL, NULL, 8, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (25, 2, 8, 8, 'kabag_p2', 1, '2026-10-07 15:19:00', '2026-10-08 07:45:00', 3, 'diteruskan', NULL, NULL, NULL, 56, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (26, 2, 9, 9, 'kadiv', 1, '2026-10-08 07:45:00', '2026-10-08 07:53:00', 2, 'diteruskan', NULL, NULL, NULL, 8, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (27, 2, 10, 10, 'divisi_terkait', 1, '2026-10-08 07:53:00', '2026-10-08 08:04:00', 5, 'diteruskan', NULL, NULL, NULL, 11, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (28, 2, 11, 11, 'kakanwil', 1, '2026-10-08 08:04:00', '2026-10-08 08:23:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 19, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (29, 2, 12, 12, 'kadiv', 1, '2026-10-08 08:23:00', '2026-10-09 07:48:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 415, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (30, 2, 13, 13, 'kabag_p2', 1, '2026-10-09 07:48:00', '2026-10-09 08:03:00', 3, 'diteruskan', 'Kirim jawaban melalui surat dan laman.', NULL, NULL, 15, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (31, 2, 14, 14, 'kasubag_pphti', 1, '2026-10-09 08:03:00', '2026-10-12 11:44:00', 4, 'selesai', NULL, NULL, NULL, 671, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (32, 3, 1, 1, 'pelapor', 1, '2026-10-08 10:23:39', '2026-10-08 10:34:39', 4, 'diteruskan', NULL, NULL, NULL, 11, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (33, 3, 2, 2, 'kakanwil', 1, '2026-10-08 10:34:39', '2026-10-08 10:46:39', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 12, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (34, 3, 3, 3, 'kadiv', 1, '2026-10-08 10:46:39', '2026-10-08 10:58:39', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 12, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (35, 3, 4, 4, 'kabag_p2', 1, '2026-10-08 10:58:39', '2026-10-12 09:15:39', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 797, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (36, 3, 5, 5, 'kasubag_pphti', 1, '2026-10-12 09:15:39', '2026-10-12 09:44:39', 4, 'diteruskan', NULL, NULL, NULL, 29, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (37, 3, 6, 6, 'kasubag_pphti', 1, '2026-10-12 09:44:39', '2026-10-12 10:06:39', 4, 'diteruskan', NULL, NULL, NULL, 22, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (38, 3, 7, 7, 'kasubag_pphti', 1, '2026-10-12 10:06:39', '2026-10-12 10:29:39', 4, 'diteruskan', NULL, NULL, NULL, 23, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (39, 3, 8, 8, 'kabag_p2', 1, '2026-10-12 10:29:39', '2026-10-12 10:42:39', 3, 'diteruskan', NULL, NULL, NULL, 13, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (40, 3, 9, 9, 'kadiv', 1, '2026-10-12 10:42:39', '2026-10-12 10:47:39', 2, 'diteruskan', NULL, NULL, NULL, 5, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (41, 3, 10, 10, 'divisi_terkait', 1, '2026-10-12 10:47:39', '2026-10-12 11:05:39', 5, 'diteruskan', NULL, NULL, NULL, 18, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (42, 3, 11, 11, 'kakanwil', 1, '2026-10-12 11:05:39', '2026-10-12 11:17:39', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 12, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (43, 3, 12, 12, 'kadiv', 1, '2026-10-12 11:17:39', '2026-10-12 11:22:39', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 5, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (44, 3, 13, 13, 'kabag_p2', 1, '2026-10-12 11:22:39', '2026-10-14 11:26:39', 3, 'diteruskan', 'Kirim jawaban melalui surat dan laman.', NULL, NULL, 904, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (45, 3, 14, 14, 'kasubag_pphti', 1, '2026-10-14 11:26:39', '2026-10-14 11:31:39', 4, 'selesai', NULL, NULL, NULL, 5, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (46, 4, 1, 1, 'pelapor', 1, '2026-10-15 07:30:00', '2026-10-15 08:11:00', 4, 'diteruskan', NULL, 'Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir.', NULL, 41, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (47, 4, 2, 2, 'kakanwil', 1, '2026-10-15 08:11:00', '2026-10-15 08:30:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 19, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (48, 4, 3, 3, 'kadiv', 1, '2026-10-15 08:30:00', '2026-10-15 08:33:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 3, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (49, 4, 4, 4, 'kabag_p2', 1, '2026-10-15 08:33:00', '2026-10-16 15:58:00', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 805, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (50, 4, 5, 5, 'kasubag_pphti', 1, '2026-10-16 15:58:00', '2026-10-19 07:37:00', 4, 'diteruskan', NULL, NULL, NULL, 39, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (51, 4, 6, 6, 'kasubag_pphti', 1, '2026-10-19 07:37:00', '2026-10-19 15:32:00', 4, 'diteruskan', NULL, NULL, NULL, 415, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (52, 4, 7, 7, 'kasubag_pphti', 1, '2026-10-19 15:32:00', '2026-10-21 13:14:00', 4, 'diteruskan', NULL, NULL, NULL, 762, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (53, 4, 8, 8, 'kabag_p2', 1, '2026-10-21 13:14:00', '2026-10-21 13:36:00', 3, 'diteruskan', NULL, NULL, NULL, 22, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (54, 4, 9, 9, 'kadiv', 1, '2026-10-21 13:36:00', '2026-10-21 13:51:00', 2, 'diteruskan', NULL, NULL, NULL, 15, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (55, 4, 10, 10, 'divisi_terkait', 1, '2026-10-21 13:51:00', '2026-10-21 14:19:00', 5, 'diteruskan', NULL, NULL, NULL, 28, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (56, 4, 11, 11, 'kakanwil', 1, '2026-10-21 14:19:00', '2026-10-21 14:37:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 18, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (57, 4, 12, 12, 'kadiv', 1, '2026-10-21 14:37:00', '2026-10-21 14:55:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 18, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (58, 4, 13, 13, 'kabag_p2', 1, '2026-10-21 14:55:00', '2026-10-21 15:05:00', 3, 'diteruskan', 'Kirim jawaban melalui surat dan laman.', NULL, NULL, 10, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (59, 4, 14, 14, 'kasubag_pphti', 1, '2026-10-21 15:05:00', '2026-10-21 15:39:00', 4, 'selesai', NULL, NULL, NULL, 34, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (60, 5, 1, 1, 'pelapor', 1, '2026-10-26 07:30:00', '2026-10-26 07:55:00', 4, 'diteruskan', NULL, 'Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir.', NULL, 25, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (61, 5, 2, 2, 'kakanwil', 1, '2026-10-26 07:55:00', '2026-10-26 08:05:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 10, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (62, 5, 3, 3, 'kadiv', 1, '2026-10-26 08:05:00', '2026-10-26 08:11:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 6, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (63, 5, 4, 4, 'kabag_p2', 1, '2026-10-26 08:11:00', '2026-10-26 08:31:00', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 20, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (64, 5, 5, 5, 'kasubag_pphti', 1, '2026-10-26 08:31:00', '2026-10-26 09:43:00', 4, 'diteruskan', NULL, NULL, NULL, 72, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (65, 5, 6, 6, 'kasubag_pphti', 1, '2026-10-26 09:43:00', '2026-10-26 09:55:00', 4, 'diteruskan', NULL, NULL, NULL, 12, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (66, 5, 7, 7, 'kasubag_pphti', 1, '2026-10-26 09:55:00', '2026-10-26 10:26:00', 4, 'diteruskan', NULL, NULL, NULL, 31, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (67, 5, 8, 8, 'kabag_p2', 1, '2026-10-26 10:26:00', '2026-10-26 10:38:00', 3, 'dikembalikan', 'Lengkapi kronologi kejadian sesuai hasil telaahan.', NULL, NULL, 12, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (68, 5, 9, 6, 'kasubag_pphti', 2, '2026-10-26 10:38:00', '2026-10-26 11:04:00', 4, 'diteruskan', NULL, NULL, NULL, 26, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (69, 5, 10, 7, 'kasubag_pphti', 2, '2026-10-26 11:04:00', '2026-10-28 10:52:00', 4, 'diteruskan', NULL, NULL, NULL, 888, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (70, 5, 11, 8, 'kabag_p2', 2, '2026-10-28 10:52:00', '2026-10-28 11:03:00', 3, 'diteruskan', NULL, NULL, NULL, 11, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (71, 5, 12, 9, 'kadiv', 1, '2026-10-28 11:03:00', '2026-10-28 11:16:00', 2, 'dikembalikan', 'Tambahkan tembusan Inspektorat.', NULL, NULL, 13, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (72, 5, 13, 6, 'kasubag_pphti', 3, '2026-10-28 11:16:00', '2026-10-28 11:32:00', 4, 'diteruskan', NULL, NULL, NULL, 16, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (73, 5, 14, 7, 'kasubag_pphti', 3, '2026-10-28 11:32:00', '2026-10-28 11:46:00', 4, 'diteruskan', NULL, NULL, NULL, 14, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (74, 5, 15, 8, 'kabag_p2', 3, '2026-10-28 11:46:00', '2026-10-28 13:13:00', 3, 'diteruskan', NULL, NULL, NULL, 27, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (75, 5, 16, 9, 'kadiv', 2, '2026-10-28 13:13:00', '2026-10-30 11:30:00', 2, 'diteruskan', NULL, NULL, NULL, 857, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (76, 5, 17, 10, 'divisi_terkait', 1, '2026-10-30 11:30:00', '2026-10-30 13:14:00', 5, 'diteruskan', NULL, NULL, NULL, 14, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (77, 5, 18, 11, 'kakanwil', 1, '2026-10-30 13:14:00', '2026-10-30 13:30:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 16, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (78, 5, 19, 12, 'kadiv', 1, '2026-10-30 13:30:00', '2026-11-02 13:40:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 490, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (79, 5, 20, 13, 'kabag_p2', 1, '2026-11-02 13:40:00', '2026-11-02 14:32:00', 3, 'diteruskan', 'Kirim jawaban melalui surat dan laman.', NULL, NULL, 52, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (80, 5, 21, 14, 'kasubag_pphti', 1, '2026-11-02 14:32:00', '2026-11-02 15:47:00', 4, 'selesai', NULL, NULL, NULL, 75, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (81, 6, 1, 1, 'pelapor', 1, '2026-11-16 07:30:00', '2026-11-16 07:59:00', 4, 'diteruskan', NULL, 'Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir.', NULL, 29, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (82, 6, 2, 2, 'kakanwil', 1, '2026-11-16 07:59:00', '2026-11-16 14:20:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 321, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (83, 6, 3, 3, 'kadiv', 1, '2026-11-16 14:20:00', '2026-11-18 14:10:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 890, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (84, 6, 4, 4, 'kabag_p2', 1, '2026-11-18 14:10:00', '2026-11-18 14:19:00', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 9, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (85, 6, 5, 5, 'kasubag_pphti', 1, '2026-11-18 14:19:00', '2026-11-18 14:49:00', 4, 'ditunda', 'Kronologi belum jelas; pelapor diminta melengkapi bukti.', NULL, NULL, 30, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (86, 7, 1, 1, 'pelapor', 1, '2026-11-19 13:00:00', '2026-11-20 09:34:00', 4, 'diteruskan', NULL, NULL, NULL, 304, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (87, 7, 2, 2, 'kakanwil', 1, '2026-11-20 09:34:00', '2026-11-20 16:07:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 303, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (88, 7, 3, 3, 'kadiv', 1, '2026-11-20 16:07:00', '2026-11-20 16:28:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 21, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (89, 7, 4, 4, 'kabag_p2', 1, '2026-11-20 16:28:00', '2026-11-23 07:56:00', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 28, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (90, 7, 5, 5, 'kasubag_pphti', 1, '2026-11-23 07:56:00', '2026-11-24 13:57:00', 4, 'diteruskan', NULL, NULL, NULL, 751, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (91, 7, 6, 6, 'kasubag_pphti', 1, '2026-11-24 13:57:00', '2026-11-24 14:18:00', 4, 'diteruskan', NULL, NULL, NULL, 21, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (92, 7, 7, 7, 'kasubag_pphti', 1, '2026-11-24 14:18:00', '2026-11-24 14:32:00', 4, 'diteruskan', NULL, NULL, NULL, 14, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (93, 7, 8, 8, 'kabag_p2', 1, '2026-11-24 14:32:00', '2026-11-24 14:43:00', 3, 'dikembalikan', 'Perbaiki dasar hukum pada paragraf kedua.', NULL, NULL, 11, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (94, 7, 9, 6, 'kasubag_pphti', 2, '2026-11-24 14:43:00', '2026-11-25 07:34:00', 4, 'diteruskan', NULL, NULL, NULL, 81, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (95, 7, 10, 7, 'kasubag_pphti', 2, '2026-11-25 07:34:00', '2026-11-25 07:46:00', 4, 'diteruskan', NULL, NULL, NULL, 12, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (96, 7, 11, 8, 'kabag_p2', 2, '2026-11-25 07:46:00', '2026-11-25 08:35:00', 3, 'diteruskan', NULL, NULL, NULL, 49, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (97, 7, 12, 9, 'kadiv', 1, '2026-11-25 08:35:00', '2026-11-25 08:51:00', 2, 'diteruskan', NULL, NULL, NULL, 16, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (98, 7, 13, 10, 'divisi_terkait', 1, '2026-11-25 08:51:00', '2026-11-25 09:15:00', 5, 'diteruskan', NULL, NULL, NULL, 24, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (99, 7, 14, 11, 'kakanwil', 1, '2026-11-25 09:15:00', '2026-11-25 09:29:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 14, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (100, 7, 15, 12, 'kadiv', 1, '2026-11-25 09:29:00', '2026-11-25 09:38:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 9, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (101, 7, 16, 13, 'kabag_p2', 1, '2026-11-25 09:38:00', '2026-11-25 09:50:00', 3, 'diteruskan', 'Kirim jawaban melalui surat dan laman.', NULL, NULL, 12, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (102, 7, 17, 14, 'kasubag_pphti', 1, '2026-11-25 09:50:00', '2026-11-26 08:42:00', 4, 'selesai', NULL, NULL, NULL, 382, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (103, 8, 1, 1, 'pelapor', 1, '2026-11-20 07:30:00', '2026-11-20 07:56:00', 4, 'diteruskan', NULL, 'Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir.', NULL, 26, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (104, 8, 2, 2, 'kakanwil', 1, '2026-11-20 07:56:00', '2026-11-20 16:02:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 396, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (105, 8, 3, 3, 'kadiv', 1, '2026-11-20 16:02:00', '2026-11-24 11:42:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 730, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (106, 8, 4, 4, 'kabag_p2', 1, '2026-11-24 11:42:00', '2026-11-24 13:20:00', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 38, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (107, 8, 5, 5, 'kasubag_pphti', 1, '2026-11-24 13:20:00', '2026-11-24 13:49:00', 4, 'diteruskan', NULL, NULL, NULL, 29, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (108, 8, 6, 6, 'kasubag_pphti', 1, '2026-11-24 13:49:00', '2026-11-24 14:36:00', 4, 'diteruskan', NULL, NULL, NULL, 47, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (109, 8, 7, 7, 'kasubag_pphti', 1, '2026-11-24 14:36:00', '2026-11-24 14:58:00', 4, 'diteruskan', NULL, NULL, NULL, 22, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (110, 8, 8, 8, 'kabag_p2', 1, '2026-11-24 14:58:00', '2026-11-24 15:20:00', 3, 'diteruskan', NULL, NULL, NULL, 22, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (111, 8, 9, 9, 'kadiv', 1, '2026-11-24 15:20:00', '2026-11-24 15:25:00', 2, 'dikembalikan', 'Lengkapi kronologi kejadian sesuai hasil telaahan.', NULL, NULL, 5, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (112, 8, 10, 6, 'kasubag_pphti', 2, '2026-11-24 15:25:00', '2026-11-24 15:50:00', 4, 'diteruskan', NULL, NULL, NULL, 25, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (113, 8, 11, 7, 'kasubag_pphti', 2, '2026-11-24 15:50:00', '2026-11-24 15:57:00', 4, 'diteruskan', NULL, NULL, NULL, 7, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (114, 8, 12, 8, 'kabag_p2', 2, '2026-11-24 15:57:00', '2026-11-25 07:38:00', 3, 'diteruskan', NULL, NULL, NULL, 11, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (115, 8, 13, 9, 'kadiv', 2, '2026-11-25 07:38:00', '2026-11-25 08:14:00', 2, 'diteruskan', NULL, NULL, NULL, 36, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (116, 8, 14, 10, 'divisi_terkait', 1, '2026-11-25 08:14:00', '2026-11-25 08:26:00', 5, 'diteruskan', NULL, NULL, NULL, 12, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (117, 8, 15, 11, 'kakanwil', 1, '2026-11-25 08:26:00', '2026-11-25 08:40:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 14, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (118, 8, 16, 12, 'kadiv', 1, '2026-11-25 08:40:00', '2026-11-26 10:44:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 574, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (119, 8, 17, 13, 'kabag_p2', 1, '2026-11-26 10:44:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 15);


--
-- Data for Name: step_tally; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (1, '2026-10', 1, 4, 11, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (2, '2026-10', 1, 4, 25, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (3, '2026-10', 1, 4, 29, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (4, '2026-10', 1, 4, 35, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (5, '2026-10', 1, 4, 41, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (6, '2026-10', 2, 1, 10, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (7, '2026-10', 2, 1, 12, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (8, '2026-10', 2, 1, 19, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (9, '2026-10', 2, 1, 443, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (10, '2026-10', 2, 1, 467, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (11, '2026-10', 3, 2, 3, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (12, '2026-10', 3, 2, 6, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (13, '2026-10', 3, 2, 8, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (14, '2026-10', 3, 2, 12, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (15, '2026-10', 3, 2, 13, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (16, '2026-10', 4, 3, 15, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (17, '2026-10', 4, 3, 20, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (18, '2026-10', 4, 3, 209, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (19, '2026-10', 4, 3, 797, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (20, '2026-10', 4, 3, 805, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (21, '2026-10', 5, 4, 29, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (22, '2026-10', 5, 4, 39, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (23, '2026-10', 5, 4, 49, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (24, '2026-10', 5, 4, 72, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (25, '2026-10', 5, 4, 240, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (26, '2026-10', 6, 4, 12, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (27, '2026-10', 6, 4, 16, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (28, '2026-10', 6, 4, 22, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (29, '2026-10', 6, 4, 26, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (30, '2026-10', 6, 4, 367, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (31, '2026-10', 6, 4, 415, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (32, '2026-10', 6, 4, 660, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (33, '2026-10', 6, 4, 667, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (34, '2026-10', 7, 4, 8, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (35, '2026-10', 7, 4, 14, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (36, '2026-10', 7, 4, 20, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (37, '2026-10', 7, 4, 23, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (38, '2026-10', 7, 4, 25, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (39, '2026-10', 7, 4, 31, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (40, '2026-10', 7, 4, 762, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (41, '2026-10', 7, 4, 888, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (42, '2026-10', 8, 3, 11, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (43, '2026-10', 8, 3, 12, 1, 1, 1);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (44, '2026-10', 8, 3, 13, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (45, '2026-10', 8, 3, 22, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (46, '2026-10', 8, 3, 27, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (47, '2026-10', 8, 3, 56, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (48, '2026-10', 8, 3, 353, 1, 0, 1);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (49, '2026-10', 8, 3, 723, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (50, '2026-10', 9, 2, 5, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (51, '2026-10', 9, 2, 7, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (52, '2026-10', 9, 2, 8, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (53, '2026-10', 9, 2, 13, 1, 1, 1);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (54, '2026-10', 9, 2, 15, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (55, '2026-10', 9, 2, 857, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (56, '2026-10', 10, 5, 11, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (57, '2026-10', 10, 5, 14, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (58, '2026-10', 10, 5, 18, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (59, '2026-10', 10, 5, 28, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (60, '2026-10', 10, 5, 680, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (61, '2026-10', 11, 1, 2, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (62, '2026-10', 11, 1, 12, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (63, '2026-10', 11, 1, 16, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (64, '2026-10', 11, 1, 18, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (65, '2026-10', 11, 1, 19, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (66, '2026-10', 12, 2, 5, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (67, '2026-10', 12, 2, 18, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (68, '2026-10', 12, 2, 415, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (69, '2026-10', 12, 2, 468, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (70, '2026-10', 12, 2, 490, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (71, '2026-10', 13, 3, 10, 2, 2, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (72, '2026-10', 13, 3, 15, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (73, '2026-10', 13, 3, 52, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (74, '2026-10', 13, 3, 904, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (75, '2026-10', 14, 4, 5, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (76, '2026-10', 14, 4, 8, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (77, '2026-10', 14, 4, 34, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (78, '2026-10', 14, 4, 75, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (79, '2026-10', 14, 4, 671, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (80, '2026-11', 1, 4, 26, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (81, '2026-11', 1, 4, 29, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (82, '2026-11', 1, 4, 304, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (83, '2026-11', 2, 1, 303, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (84, '2026-11', 2, 1, 321, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (85, '2026-11', 2, 1, 396, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (86, '2026-11', 3, 2, 21, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (87, '2026-11', 3, 2, 730, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (88, '2026-11', 3, 2, 890, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (89, '2026-11', 4, 3, 9, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (90, '2026-11', 4, 3, 28, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (91, '2026-11', 4, 3, 38, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (92, '2026-11', 5, 4, 29, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (93, '2026-11', 5, 4, 751, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (94, '2026-11', 6, 4, 21, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (95, '2026-11', 6, 4, 25, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (96, '2026-11', 6, 4, 47, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (97, '2026-11', 6, 4, 81, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (98, '2026-11', 7, 4, 7, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (99, '2026-11', 7, 4, 12, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (100, '2026-11', 7, 4, 14, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (101, '2026-11', 7, 4, 22, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (102, '2026-11', 8, 3, 11, 2, 2, 1);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (103, '2026-11', 8, 3, 22, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (104, '2026-11', 8, 3, 49, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (105, '2026-11', 9, 2, 5, 1, 1, 1);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (106, '2026-11', 9, 2, 16, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (107, '2026-11', 9, 2, 36, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (108, '2026-11', 10, 5, 12, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (109, '2026-11', 10, 5, 24, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (110, '2026-11', 11, 1, 14, 2, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (111, '2026-11', 12, 2, 9, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (112, '2026-11', 12, 2, 574, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (113, '2026-11', 13, 3, 12, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (114, '2026-11', 14, 4, 382, 1, 0, 0);


--
-- Data for Name: user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (1, 'kakanwil', 'Dr. Harun Sulianto, S.H., M.H.', '199110291991021407', 'Kepala Kantor Wilayah', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (2, 'kadiv', 'Sri Wahyuni, S.H.', '196806132013111541', 'Kepala Divisi Administrasi', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (3, 'kabag_p2', 'Agus Firmansyah, S.Sos.', '197601261991101401', 'Kepala Bagian Program dan Pelaporan', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (4, 'kasubag_pphti', 'Rina Marlina, S.Kom.', '198409011994031091', 'Kepala Subbagian Pelaporan, Humas dan TI', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (5, 'divisi_terkait', 'Yusuf Hidayat, A.Md.IP., S.H.', '199001272008081598', 'Kepala Divisi Pemasyarakatan', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (6, 'admin', 'Administrator Sistem', '198705012005101973', 'Pranata Komputer', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', true, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);


--
-- Data for Name: user_lane; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_lane (id, user_id, lane) VALUES (1, 1, 'kakanwil');
INSERT INTO public.user_lane (id, user_id, lane) VALUES (2, 2, 'kadiv');
INSERT INTO public.user_lane (id, user_id, lane) VALUES (3, 3, 'kabag_p2');
INSERT INTO public.user_lane (id, user_id, lane) VALUES (4, 4, 'kasubag_pphti');
INSERT INTO public.user_lane (id, user_id, lane) VALUES (5, 5, 'divisi_terkait');


--
-- Name: attachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attachment_id_seq', 10, true);


--
-- Name: audit_entry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_entry_id_seq', 20, true);


--
-- Name: audit_head_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_head_id_seq', 1, true);


--
-- Name: calendar_day_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.calendar_day_id_seq', 53, true);


--
-- Name: complaint_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.complaint_id_seq', 8, true);


--
-- Name: counter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.counter_id_seq', 2, true);


--
-- Name: document_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.document_id_seq', 13, true);


--
-- Name: hold_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hold_id_seq', 1, true);


--
-- Name: pelapor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.pelapor_id_seq', 8, true);


--
-- Name: schema_info_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.schema_info_id_seq', 1, true);


--
-- Name: sop_version_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sop_version_id_seq', 1, true);


--
-- Name: step_record_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.step_record_id_seq', 119, true);


--
-- Name: step_tally_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.step_tally_id_seq', 114, true);


--
-- Name: user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_id_seq', 6, true);


--
-- Name: user_lane_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_lane_id_seq', 5, true);


--
-- Name: attachment attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment
    ADD CONSTRAINT attachment_pkey PRIMARY KEY (id);


--
-- Name: audit_entry audit_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entry
    ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: blob blob_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blob
    ADD CONSTRAINT blob_pkey PRIMARY KEY (sha256);


--
-- Name: calendar_day calendar_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_day
    ADD CONSTRAINT calendar_day_pkey PRIMARY KEY (id);


--
-- Name: calendar_year calendar_year_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_year
    ADD CONSTRAINT calendar_year_pkey PRIMARY KEY (year);


--
-- Name: complaint complaint_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint
    ADD CONSTRAINT complaint_pkey PRIMARY KEY (id);


--
-- Name: counter counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter
    ADD CONSTRAINT counter_pkey PRIMARY KEY (id);


--
-- Name: document document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (id);


--
-- Name: hold hold_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold
    ADD CONSTRAINT hold_pkey PRIMARY KEY (id);


--
-- Name: pelapor pelapor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pelapor
    ADD CONSTRAINT pelapor_pkey PRIMARY KEY (id);


--
-- Name: schema_info schema_info_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_info
    ADD CONSTRAINT schema_info_pkey PRIMARY KEY (id);


--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (key);


--
-- Name: sop_version sop_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sop_version
    ADD CONSTRAINT sop_version_pkey PRIMARY KEY (id);


--
-- Name: step_record step_record_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_record
    ADD CONSTRAINT step_record_pkey PRIMARY KEY (id);


--
-- Name: step_tally step_tally_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_tally
    ADD CONSTRAINT step_tally_pkey PRIMARY KEY (id);


--
-- Name: user_lane user_lane_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_lane
    ADD CONSTRAINT user_lane_pkey PRIMARY KEY (id);


--
-- Name: user user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_pkey PRIMARY KEY (id);


--
-- Name: attachment_blob_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachment_blob_id ON public.attachment USING btree (blob_id);


--
-- Name: attachment_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachment_complaint_id ON public.attachment USING btree (complaint_id);


--
-- Name: attachment_created_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachment_created_by_id ON public.attachment USING btree (created_by_id);


--
-- Name: audit_entry_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entry_complaint_id ON public.audit_entry USING btree (complaint_id);


--
-- Name: audit_entry_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX audit_entry_seq ON public.audit_entry USING btree (seq);


--
-- Name: calendar_day_day_origin; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX calendar_day_day_origin ON public.calendar_day USING btree (day, origin);


--
-- Name: complaint_created_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_created_by_id ON public.complaint USING btree (created_by_id);


--
-- Name: complaint_current_lane; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_current_lane ON public.complaint USING btree (current_lane);


--
-- Name: complaint_current_lane_due_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_current_lane_due_at ON public.complaint USING btree (current_lane, due_at);


--
-- Name: complaint_current_lane_step_due_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_current_lane_step_due_at ON public.complaint USING btree (current_lane, step_due_at);


--
-- Name: complaint_pelapor_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_pelapor_id ON public.complaint USING btree (pelapor_id);


--
-- Name: complaint_received_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_received_at ON public.complaint USING btree (received_at);


--
-- Name: complaint_received_at_status_current_lane_channel_tier_s_a1c0d9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_received_at_status_current_lane_channel_tier_s_a1c0d9 ON public.complaint USING btree (received_at, status, current_lane, channel, tier, subject_kind, subject_name, due_at, closed_at);


--
-- Name: complaint_register_no; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX complaint_register_no ON public.complaint USING btree (register_no);


--
-- Name: complaint_sop_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_sop_version_id ON public.complaint USING btree (sop_version_id);


--
-- Name: complaint_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_status ON public.complaint USING btree (status);


--
-- Name: complaint_status_step_due_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_status_step_due_at ON public.complaint USING btree (status, step_due_at);


--
-- Name: counter_name_year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX counter_name_year ON public.counter USING btree (name, year);


--
-- Name: document_blob_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_blob_id ON public.document USING btree (blob_id);


--
-- Name: document_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_complaint_id ON public.document USING btree (complaint_id);


--
-- Name: document_complaint_id_doc_type_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX document_complaint_id_doc_type_version ON public.document USING btree (complaint_id, doc_type, version);


--
-- Name: document_created_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_created_by_id ON public.document USING btree (created_by_id);


--
-- Name: document_signed_attachment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_signed_attachment_id ON public.document USING btree (signed_attachment_id);


--
-- Name: hold_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hold_complaint_id ON public.hold USING btree (complaint_id);


--
-- Name: hold_ended_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hold_ended_by_id ON public.hold USING btree (ended_by_id);


--
-- Name: hold_started_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hold_started_by_id ON public.hold USING btree (started_by_id);


--
-- Name: sop_version_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sop_version_version ON public.sop_version USING btree (version);


--
-- Name: step_record_actor_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_record_actor_id ON public.step_record USING btree (actor_id);


--
-- Name: step_record_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_record_complaint_id ON public.step_record USING btree (complaint_id);


--
-- Name: step_record_complaint_id_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX step_record_complaint_id_seq ON public.step_record USING btree (complaint_id, seq);


--
-- Name: step_record_returned; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_record_returned ON public.step_record USING btree (complaint_id) WHERE ((outcome)::text = 'dikembalikan'::text);


--
-- Name: step_record_step_no_ended_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_record_step_no_ended_at ON public.step_record USING btree (step_no, ended_at);


--
-- Name: step_tally_month_step_no_actor_id_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX step_tally_month_step_no_actor_id_minutes ON public.step_tally USING btree (month, step_no, actor_id, minutes);


--
-- Name: user_lane_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_lane_user_id ON public.user_lane USING btree (user_id);


--
-- Name: user_lane_user_id_lane; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_lane_user_id_lane ON public.user_lane USING btree (user_id, lane);


--
-- Name: user_username; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_username ON public."user" USING btree (username);


--
-- Name: attachment attachment_blob_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment
    ADD CONSTRAINT attachment_blob_id_fkey FOREIGN KEY (blob_id) REFERENCES public.blob(sha256);


--
-- Name: attachment attachment_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment
    ADD CONSTRAINT attachment_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: attachment attachment_created_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment
    ADD CONSTRAINT attachment_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES public."user"(id);


--
-- Name: complaint complaint_created_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint
    ADD CONSTRAINT complaint_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES public."user"(id);


--
-- Name: complaint complaint_pelapor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint
    ADD CONSTRAINT complaint_pelapor_id_fkey FOREIGN KEY (pelapor_id) REFERENCES public.pelapor(id);


--
-- Name: complaint complaint_sop_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint
    ADD CONSTRAINT complaint_sop_version_id_fkey FOREIGN KEY (sop_version_id) REFERENCES public.sop_version(id);


--
-- Name: document document_blob_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_blob_id_fkey FOREIGN KEY (blob_id) REFERENCES public.blob(sha256);


--
-- Name: document document_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: document document_created_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES public."user"(id);


--
-- Name: document document_signed_attachment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_signed_attachment_id_fkey FOREIGN KEY (signed_attachment_id) REFERENCES public.attachment(id);


--
-- Name: hold hold_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold
    ADD CONSTRAINT hold_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: hold hold_ended_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold
    ADD CONSTRAINT hold_ended_by_id_fkey FOREIGN KEY (ended_by_id) REFERENCES public."user"(id);


--
-- Name: hold hold_started_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold
    ADD CONSTRAINT hold_started_by_id_fkey FOREIGN KEY (started_by_id) REFERENCES public."user"(id);


--
-- Name: step_record step_record_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_record
    ADD CONSTRAINT step_record_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public."user"(id);


--
-- Name: step_record step_record_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_record
    ADD CONSTRAINT step_record_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: user_lane user_lane_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_lane
    ADD CONSTRAINT user_lane_user_id_fkey FOREIGN KEY (user_id) REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


