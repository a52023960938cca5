import 'reflect-metadata';
import type { ArgumentMetadata, ValidationError } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsString, Min, ValidateNested } from 'class-validator';
import {
  createValidationPipe,
  flattenValidationErrors,
  ValidationFailedException,
} from './validation';

describe('flattenValidationErrors', () => {
  it('gives an empty list for no errors', () => {
    expect(flattenValidationErrors([])).toEqual([]);
  });

  it('names nested fields by their dotted path, keeping every message', () => {
    const errors: ValidationError[] = [
      { property: 'name', constraints: { isNotEmpty: 'name should not be empty' }, children: [] },
      {
        property: 'checklist',
        constraints: { arrayMaxSize: 'checklist must contain no more than 20 elements' },
        children: [
          {
            property: '0',
            children: [
              {
                property: 'title',
                constraints: {
                  isString: 'title must be a string',
                  isNotEmpty: 'title should not be empty',
                },
                children: [],
              },
            ],
          },
          {
            property: '2',
            children: [
              {
                property: 'owner',
                children: [{ property: 'id', constraints: { isUuid: 'id must be a UUID' } }],
              },
            ],
          },
        ],
      },
    ];

    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'name', errors: ['name should not be empty'] },
      { field: 'checklist', errors: ['checklist must contain no more than 20 elements'] },
      {
        field: 'checklist.0.title',
        errors: ['title must be a string', 'title should not be empty'],
      },
      { field: 'checklist.2.owner.id', errors: ['id must be a UUID'] },
    ]);
  });

  it('prefixes every path with the parent it is given', () => {
    expect(
      flattenValidationErrors([{ property: 'title', constraints: { isString: 'bad' } }], 'items.3'),
    ).toEqual([{ field: 'items.3.title', errors: ['bad'] }]);
  });
});

class ChecklistItemInput {
  @IsString()
  @IsNotEmpty()
  title: string;

  @IsInt()
  @Min(0)
  position: number;
}

class CreateTaskInput {
  @IsString()
  @IsNotEmpty()
  title: string;

  @ValidateNested({ each: true })
  @ArrayMaxSize(3)
  @Type(() => ChecklistItemInput)
  checklist: ChecklistItemInput[];
}

describe('createValidationPipe', () => {
  const metadata: ArgumentMetadata = { type: 'body', metatype: CreateTaskInput };

  async function fieldsOf(body: unknown): Promise<ValidationFailedException['fields']> {
    try {
      await createValidationPipe().transform(body, metadata);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailedException);
      return (error as ValidationFailedException).fields;
    }
    throw new Error('the body was accepted');
  }

  it('reports errors inside nested arrays under dotted paths', async () => {
    const fields = await fieldsOf({
      title: 'Prepare the launch',
      checklist: [
        { title: 'ok', position: 0 },
        { title: '', position: -1 },
      ],
    });
    expect(fields.map((f) => f.field).sort()).toEqual([
      'checklist.1.position',
      'checklist.1.title',
    ]);
  });

  it('rejects unknown fields, nested ones included, by name', async () => {
    const fields = await fieldsOf({
      title: 'x',
      checklist: [{ title: 'ok', position: 1, done: true }],
      isAdmin: true,
    });
    expect(fields.map((f) => f.field).sort()).toEqual(['checklist.0.done', 'isAdmin']);
  });

  it('names the fields in the exception message', async () => {
    const pipe = createValidationPipe();
    await expect(pipe.transform({ checklist: [] }, metadata)).rejects.toThrow(
      'Invalid request: title',
    );
  });

  it('lets a valid body through as an instance of the input class', async () => {
    const value = await createValidationPipe().transform(
      { title: 'x', checklist: [{ title: 'a', position: 2 }] },
      metadata,
    );
    expect(value).toBeInstanceOf(CreateTaskInput);
    expect(value.checklist[0]).toBeInstanceOf(ChecklistItemInput);
  });
});
